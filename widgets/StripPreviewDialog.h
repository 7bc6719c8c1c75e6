// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/project/StripPlan.h"

#include <QDialog>

namespace slipway {

// Shows what stripping a notebook will do — which cells lose which outputs, counts and metadata, and the
// file's size before and after — and asks to go ahead.
class StripPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StripPreviewDialog(const StripPlan& plan, QWidget* parent = nullptr);
};

} // namespace slipway
