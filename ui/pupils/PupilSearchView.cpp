#include "pupils/PupilSearchView.h"
#include "common/ActivateOnEnter.h"

#include "pupils/PupilSearchModel.h"
#include "repositories/PupilRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook {

PupilSearchView::PupilSearchView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_query(new QLineEdit(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_timer(new QTimer(this)), m_model(new PupilSearchModel(this))
{
    auto* label = new QLabel(tr("&Find a pupil:"), this);
    label->setBuddy(m_query);
    m_query->setObjectName(QStringLiteral("pupilSearchEdit"));
    m_query->setPlaceholderText(tr("Surname, forename, preferred name, UPN or date of birth (dd/mm/yyyy)"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Pupil search"));
    m_query->setAccessibleDescription(tr("Type part of a name, a full UPN or a date of birth"));

    m_table->setObjectName(QStringLiteral("pupilResults"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Pupils found"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PupilSearchModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PupilSearchModel::Upn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PupilSearchModel::DateOfBirth, QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);

    m_status->setObjectName(QStringLiteral("pupilSearchStatus"));
    m_status->setText(tr("Type to search. Press Enter to open the selected pupil."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_query);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingDelayMs);
    connect(m_query, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &PupilSearchView::searchNow);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_model->rowCount() > 0) {
            const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
            Q_EMIT pupilActivated(m_model->rowAt(row).id);
        }
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT pupilActivated(m_model->rowAt(index.row()).id); });
    ActivateOnEnter::install(m_table);
    setFocusProxy(m_query);
}

void PupilSearchView::searchNow()
{
    m_timer->stop();
    const QString text = m_query->text();
    if (text.trimmed().isEmpty()) {
        m_model->setRows({});
        m_status->setText(tr("Type to search. Press Enter to open the selected pupil."));
        return;
    }
    auto found = PupilRepository(m_db).search(text, kResultLimit + 1);
    if (!found) {
        m_model->setRows({});
        m_status->setText(tr("Search failed: %1").arg(found.error().message));
        return;
    }
    QVector<PupilSummary> rows = std::move(found).value();
    const bool more = rows.size() > kResultLimit;
    if (more) {
        rows.resize(kResultLimit);
    }
    const int n = static_cast<int>(rows.size());
    m_model->setRows(std::move(rows));
    if (n == 0) {
        m_status->setText(tr("No pupil matches \u201c%1\u201d.").arg(text.trimmed()));
    } else if (more) {
        m_status->setText(tr("Showing the first %1 pupils; type more to narrow the search.").arg(n));
    } else {
        m_status->setText(n == 1 ? tr("1 pupil found.") : tr("%1 pupils found.").arg(n));
    }
    if (n > 0) {
        m_table->selectRow(0);
    }
}

} // namespace casebook
