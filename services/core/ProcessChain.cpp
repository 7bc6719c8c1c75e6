#include "services/core/ProcessChain.h"

namespace slipway {

ProcessChain::ProcessChain(QObject* parent)
    : QObject(parent)
{}

ProcessChain::~ProcessChain()
{
    cancelStep();
}

void ProcessChain::cancelStep()
{
    if (m_current)
        m_current->cancel();
}

void ProcessChain::runProcess(ProcessSpec spec, const QString& announce,
                              std::function<void(const ProcessResult&)> then)
{
    if (!announce.isEmpty())
        Q_EMIT output(announce);
    if (m_current) // the step that just finished may still be emitting: let it return first
        m_current.release()->deleteLater();
    m_current = std::make_unique<ProcessRun>(std::move(spec));
    connect(m_current.get(), &ProcessRun::lineReceived, this,
            [this](ProcessStream, const QString& line) { Q_EMIT output(line); });
    connect(m_current.get(), &ProcessRun::finished, this, std::move(then));
    m_current->start();
}

} // namespace slipway
