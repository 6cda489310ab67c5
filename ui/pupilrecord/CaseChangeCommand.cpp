#include "pupilrecord/CaseChangeCommand.h"

namespace casebook {

CaseChangeCommand::CaseChangeCommand(Database& db, CaseSnapshot before, CaseSnapshot after, const QString& text,
                                     Report report)
    : QUndoCommand(text), m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_report(std::move(report))
{}

void CaseChangeCommand::undo()
{
    const Status s = restoreCase(m_db, m_before, m_after);
    setObsolete(!s.ok());
    m_report(s.ok() ? QString() : QObject::tr("Could not undo: %1").arg(s.error().message));
}

void CaseChangeCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    const Status s = restoreCase(m_db, m_after, m_before);
    setObsolete(!s.ok());
    m_report(s.ok() ? QString() : QObject::tr("Could not redo: %1").arg(s.error().message));
}

} // namespace casebook
