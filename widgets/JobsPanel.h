// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace slipway {

class JobManager;
class JobsModel;

// Running and finished jobs with a progress bar each and a way to cancel the selected or all.
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    JobsPanel(JobsModel* model, JobManager* jobs, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

private:
    JobsModel* m_model;
    JobManager* m_jobs;
    QTableView* m_view;
};

} // namespace slipway
