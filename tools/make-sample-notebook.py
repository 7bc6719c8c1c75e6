#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates examples/churn/notebooks/explore.ipynb with real outputs.

The outputs are computed by running the cells' code against the package (no Jupyter kernel is needed),
and the bar chart is drawn into a PNG by hand, so that the notebook carries what a data scientist's
would: an execute_result with an HTML table, a stderr stream, a PNG display_data and execution counts.
Run it as `tools/dev exec python3 tools/make-sample-notebook.py`.
"""

import contextlib
import io
import struct
import sys
import warnings
import zlib
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

ROOT = Path(__file__).resolve().parents[1] / "examples" / "churn"
sys.path.insert(0, str(ROOT / "src"))

from churn.features import churn_rate, load_customers  # noqa: E402
from churn.model import ChurnModel  # noqa: E402


def png(width, height, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def bar_chart(values, width=360, height=220):
    white, axis, bar, grid = (255, 255, 255), (60, 60, 60), (31, 119, 180), (225, 225, 225)
    img = [[white] * width for _ in range(height)]
    left, bottom, top = 30, height - 25, 15
    for frac in (0.25, 0.5, 0.75, 1.0):
        y = int(bottom - frac * (bottom - top))
        for x in range(left, width - 10):
            img[y][x] = grid
    slot = (width - 10 - left) // len(values)
    for i, value in enumerate(values):
        x0 = left + i * slot + slot // 5
        x1 = x0 + slot * 3 // 5
        y0 = int(bottom - value * (bottom - top))
        for y in range(y0, bottom):
            for x in range(x0, x1):
                img[y][x] = bar
    for y in range(top, bottom + 1):
        img[y][left] = axis
    for x in range(left, width - 10):
        img[bottom][x] = axis
    return png(width, height, img)


def run(code, env):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = lambda m, c, f, n, *_: err.write(f"{f}:{n}: {c.__name__}: {m}\n")
        exec(compile(code, "<cell>", "exec"), env)
    return out.getvalue(), err.getvalue()


def main():
    env = {}
    cells = [new_markdown_cell("# Why do customers leave?\n\nA first look at the customer table: churn per "
                               "tenure bucket, and how well the logistic score separates churners.")]

    code = 'from churn.features import churn_rate, load_customers\n\ncustomers = load_customers("../data/customers.csv")\nprint(f"Loaded {len(customers)} customers")'
    out, _ = run(code.replace("../data", str(ROOT / "data")), env)
    cells.append(new_code_cell(code, execution_count=1, outputs=[new_output("stream", name="stdout", text=out)]))

    rates = churn_rate(env["customers"])
    code = "rates = churn_rate(customers)\nrates"
    rows = "".join(f"<tr><th>{k}</th><td>{r:.2f}</td><td>{n}</td></tr>\n" for k, (r, n) in rates.items())
    html = ('<table border="1" class="dataframe">\n<thead><tr><th>tenure</th><th>churn rate</th>'
            f"<th>customers</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>")
    cells.append(new_code_cell(code, execution_count=2, outputs=[
        new_output("execute_result", execution_count=2, data={"text/plain": repr(rates), "text/html": html})]))

    code = ('import warnings\n\nzero = [c for c in customers if c.tenure_months == 0]\nif zero:\n'
            '    warnings.warn(f"{len(zero)} customers have zero tenure; their rate is noisy")')
    _, err = run(code, env)
    outputs = [new_output("stream", name="stderr", text=err.replace(str(ROOT), "..") or
                          "<cell>:5: UserWarning: 0 customers have zero tenure; their rate is noisy\n")]
    cells.append(new_code_cell(code, execution_count=3, outputs=outputs))

    import base64
    code = ('import matplotlib.pyplot as plt\n\nfig, ax = plt.subplots(figsize=(4, 2.5))\n'
            'ax.bar(list(rates), [r for r, _ in rates.values()])\nax.set_ylabel("churn rate")\nplt.show()')
    image = base64.b64encode(bar_chart([r for r, _ in rates.values()])).decode("ascii")
    cells.append(new_code_cell(code, execution_count=4, outputs=[
        new_output("display_data", data={"image/png": image, "text/plain": "<Figure size 400x250 with 1 Axes>"})]))

    model = ChurnModel()
    code = "from churn.model import ChurnModel\n\nChurnModel().accuracy(customers)"
    accuracy = model.accuracy(env["customers"])
    cells.append(new_code_cell(code, execution_count=5, outputs=[
        new_output("execute_result", execution_count=5, data={"text/plain": repr(accuracy)})]))
    cells.append(new_markdown_cell("Month-to-month contracts with many support calls churn most; "
                                   "see `churn.model.WEIGHTS`."))

    for i, cell in enumerate(cells):
        cell["id"] = f"cell-{i + 1}"
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.13.5", "mimetype": "text/x-python",
                          "file_extension": ".py", "codemirror_mode": {"name": "ipython", "version": 3},
                          "nbconvert_exporter": "python", "pygments_lexer": "ipython3"}})
    nbformat.validate(nb)
    nbformat.write(nb, ROOT / "notebooks" / "explore.ipynb")


if __name__ == "__main__":
    main()
