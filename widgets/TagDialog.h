// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/version/ScmVersion.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace slipway {

// Tagging HEAD: the name (with the version it gives, as the Release dock previews it), an optional message
// (an annotated tag; without one, lightweight) and signing through the user's git (GPG or SSH, as git is
// configured; libgit2 cannot sign).
class TagDialog : public QDialog
{
    Q_OBJECT
public:
    TagDialog(const std::optional<version::ScmVersion>& current, const version::ScmSettings& settings,
              QWidget* parent = nullptr);

    QString name() const;
    QString message() const;
    bool sign() const;

private:
    void update();

    std::optional<version::ScmVersion> m_current;
    version::ScmSettings m_settings;
    QLineEdit* m_name;
    QLabel* m_preview;
    QPlainTextEdit* m_message;
    QCheckBox* m_sign;
    QPushButton* m_ok = nullptr;
};

} // namespace slipway
