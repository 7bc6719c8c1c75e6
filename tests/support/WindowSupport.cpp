// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/WindowSupport.h"

#include "app/gui/ChannelsController.h"
#include "app/gui/GitController.h"
#include "app/gui/HistoryController.h"
#include "app/gui/LintController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReleaseController.h"
#include "app/gui/TestController.h"
#include "models/ArtifactsModel.h"
#include "models/ChannelsModel.h"
#include "models/CommitLogModel.h"
#include "models/DiagnosticsModel.h"
#include "models/StatusModel.h"
#include "models/TestTreeModel.h"
#include "services/core/ProcessRun.h"
#include "tests/support/TestSupport.h"

#include <QDebug>
#include <QListView>
#include <QStyleOptionViewItem>

namespace slipway::test {

std::vector<std::unique_ptr<QAbstractItemModelTester>> testModelsOf(const MainWindow& window)
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    const QList<QAbstractItemModel*> models{window.git()->model(),     window.history()->model(),
                                            window.lint()->model(),    window.tests()->model(),
                                            window.release()->model(), window.channels()->model()};
    for (QAbstractItemModel* model : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    return testers;
}

namespace {

// Keeps the testers alive exactly as long as the window.
class TesterHolder : public QObject
{
public:
    TesterHolder(MainWindow* window)
        : QObject(window)
        , testers(testModelsOf(*window))
    {}
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace

Workbench::Workbench(const QString& trustFile)
    : trust(trustFile)
    , window({&jobs, &log, &trust, slipwayBinary()})
{
    jobs.setLog(&log);
    ProcessRun::setOwnProcessGroupsByDefault(true); // as slipway-gui's main() sets it
    new TesterHolder(&window);
}

bool rowHeightsFit(const QListView* view)
{
    // Each row's place as the view paints it (the next row starts where this one ends), against the height
    // its delegate measures for its content at the present width.
    QStyleOptionViewItem option;
    option.initFrom(view);
    for (int row = 0; row + 1 < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const int room = view->visualRect(view->model()->index(row + 1, 0)).top() -
                         view->visualRect(index).top() - view->spacing();
        const int wanted = view->itemDelegate()->sizeHint(option, index).height();
        if (room != wanted) {
            qWarning().noquote() << "row" << row << "has" << room
                                 << "pixels before the next; its content needs" << wanted << "at width"
                                 << view->viewport()->width();
            return false;
        }
    }
    return true;
}

} // namespace slipway::test
