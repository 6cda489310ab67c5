#include "forms/DuplicatePupilsDialog.h"

#include "calendar/UkDate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

DuplicatePupilsDialog::DuplicatePupilsDialog(const QVector<PupilSummary>& matches, bool createAllowed, QWidget* parent)
    : QDialog(parent), m_matches(matches), m_table(new QTableWidget(static_cast<int>(matches.size()), 4, this)),
      m_open(new QPushButton(tr("&Open the existing pupil"), this)),
      m_create(new QPushButton(tr("Create a &new pupil anyway"), this)),
      m_back(new QPushButton(tr("&Back to the form"), this))
{
    setObjectName(QStringLiteral("duplicatePupilsDialog"));
    setWindowTitle(tr("Is this pupil already recorded?"));
    auto* intro =
        new QLabel(matches.size() == 1 ? tr("This pupil has the same UPN, or the same name and date of birth:")
                                       : tr("These pupils have the same UPN, or the same name and date of birth:"),
                   this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("matchesTable"));
    m_table->setAccessibleName(tr("Pupils already recorded"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Date of birth"), tr("UPN"), tr("Current school")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < matches.size(); ++row) {
        const PupilSummary& m = matches.at(row);
        const QStringList cells = {m.name, ukDate(m.dateOfBirth), m.upn,
                                   m.currentSchool.isEmpty() ? tr("(none)") : m.currentSchool};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->selectRow(0);
    // As tall as the rows (up to six, then it scrolls), so a single match does not float in empty space.
    const int rowsShown = std::clamp(static_cast<int>(matches.size()), 1, 6);
    const int height = m_table->horizontalHeader()->sizeHint().height() + rowsShown * m_table->rowHeight(0) +
                       2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
    m_table->setMinimumWidth(m_table->horizontalHeader()->length() + 24);

    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_create->setObjectName(QStringLiteral("createAnywayButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_create->setEnabled(createAllowed);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    buttons->addButton(m_back, QDialogButtonBox::RejectRole);
    m_open->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    if (!createAllowed) {
        auto* note = new QLabel(tr("A new pupil cannot have the UPN of one already recorded: open that pupil, or go "
                                   "back and correct the UPN."),
                                this);
        note->setObjectName(QStringLiteral("upnTakenNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    connect(m_create, &QPushButton::clicked, this, [this] { choose(Choice::CreateAnyway); });
    connect(m_back, &QPushButton::clicked, this, [this] { choose(Choice::BackToForm); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { choose(Choice::OpenExisting); });
    m_table->setFocus();
}

qint64 DuplicatePupilsDialog::chosenPupilId() const
{
    const int row = m_table->currentRow();
    if (m_choice != Choice::OpenExisting || row < 0 || row >= m_matches.size()) {
        return 0;
    }
    return m_matches.at(row).id;
}

void DuplicatePupilsDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::BackToForm) {
        reject();
    } else {
        accept();
    }
}

} // namespace casebook
