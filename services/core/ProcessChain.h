#pragma once

#include "services/core/ProcessRun.h"

#include <QObject>

#include <functional>
#include <memory>

namespace slipway {

// The base of jobs made of external-tool steps run one after another (a build, a commit with its hooks):
// each step is an asynchronous ProcessRun on the owning thread's event loop, its lines are forwarded as
// output(), and its result goes to the next piece of the job. Destroying or cancelling stops the running
// step. Subclasses keep their own typed result and emit finished() once.
class ProcessChain : public QObject
{
    Q_OBJECT
public:
    explicit ProcessChain(QObject* parent = nullptr);
    ~ProcessChain() override;

    // Stops the step that is running, if any (its result arrives as canceled).
    void cancelStep();

Q_SIGNALS:
    void output(const QString& line);
    void finished();

protected:
    // Starts `spec`, first announcing `announce` as an output line when it is not empty; `then` gets the
    // result, whatever it is.
    void runProcess(ProcessSpec spec, const QString& announce,
                    std::function<void(const ProcessResult&)> then);

private:
    std::unique_ptr<ProcessRun> m_current;
};

} // namespace slipway
