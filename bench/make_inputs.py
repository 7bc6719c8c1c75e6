# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The inputs of bench_notebook.sh, made once in DIR: a ~60 MB generated notebook (2,000 code cells, each
with 40 lines of text output and a random PNG, as bench/NotebookFixtures.cpp makes it), and a repository of
10,000 commits and 200 tags (a lightweight tag every 50 commits, HEAD 50 after the last; as bench_release)."""
import base64, json, os, random, subprocess, sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

big = os.path.join(out, "big.ipynb")
if not os.path.exists(big):
    rnd = random.Random(42)
    png_bytes = 60 * 1024 * 1024 // 2000 * 10 // 16
    cells = []
    for i in range(2000):
        cells.append({
            "cell_type": "code", "execution_count": i + 1, "id": f"c{i}",
            "metadata": {"scrolled": True},
            "outputs": [
                {"name": "stdout", "output_type": "stream",
                 "text": [f"row {n}: " + "x" * 60 + ("\n" if n < 39 else "") for n in range(40)]},
                {"data": {"image/png": base64.b64encode(rnd.randbytes(png_bytes)).decode(),
                          "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
                 "metadata": {}, "output_type": "display_data"}],
            "source": ["import numpy as np\n", f"x = np.linspace(0, 1, {i})\n", "plt.plot(x, x ** 2)"]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                      "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    with open(big + ".part", "w") as f:
        json.dump(nb, f, indent=1, ensure_ascii=False)
        f.write("\n")
    os.rename(big + ".part", big)

history = os.path.join(out, "history")
if not os.path.exists(os.path.join(history, "module.py")):
    subprocess.run(["git", "init", "-q", "-b", "main", history], check=True)
    pyproject = b'[project]\nname = "big"\ndynamic = ["version"]\n\n[tool.setuptools_scm]\n'
    stream = bytearray()
    for i in range(1, 10001):
        content = b"value = %d\n" % i
        stream += b"commit refs/heads/main\nmark :%d\ncommitter Bench <bench@bench.invalid> %d +0000\n" % (
            i, 1_600_000_000 + i * 60)
        stream += b"data 8\ncommit %d\n" % (i % 10)
        if i > 1:
            stream += b"from :%d\n" % (i - 1)
        if i == 1:
            stream += b"M 644 inline pyproject.toml\ndata %d\n%s\n" % (len(pyproject), pyproject)
        stream += b"M 644 inline module.py\ndata %d\n%s\n" % (len(content), content)
        if i % 50 == 0 and i < 10000:
            stream += b"reset refs/tags/v0.%d\nfrom :%d\n\n" % (i // 50, i)
    subprocess.run(["git", "fast-import", "--quiet"], input=bytes(stream), cwd=history, check=True)
    subprocess.run(["git", "reset", "-q", "--hard"], cwd=history, check=True)
