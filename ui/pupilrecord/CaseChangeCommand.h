#pragma once

#include "caserecords/CaseSnapshot.h"

#include <QUndoCommand>

#include <functional>

namespace casebook {

class Database;

// One saved change to a pupil's records (a form saved, a record voided), undoable while the record is open.
// Undo and redo each put the records back in one transaction; if someone else changed them meanwhile the
// step is refused, reported, and dropped from the stack.
class CaseChangeCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const QString& error)>; // empty error: done

    CaseChangeCommand(Database& db, CaseSnapshot before, CaseSnapshot after, const QString& text, Report report);

    void undo() override;
    void redo() override;

private:
    Database& m_db;
    CaseSnapshot m_before;
    CaseSnapshot m_after;
    Report m_report;
    bool m_alreadyDone = true; // the change was made by the form before the command was pushed
};

} // namespace casebook
