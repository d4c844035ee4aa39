#include "network/call_handle.h"

namespace paydesk {

void Operation::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    // The canceller delivers the Cancelled result, which calls finish().
    if (auto canceller = std::exchange(m_canceller, {}))
        canceller();
}

void Operation::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_canceller = {};
    deleteLater();
}

} // namespace paydesk
