#include "schools/SchoolBrowser.h"

#include "schools/SchoolListModel.h"

#include "common/ActivateOnEnter.h"
#include "forms/SchoolDialog.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook {

SchoolBrowser::SchoolBrowser(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_timer(new QTimer(this)), m_model(new SchoolListModel(this))
{
    auto* label = new QLabel(tr("&Filter schools:"), this);
    label->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("schoolFilterEdit"));
    m_filter->setPlaceholderText(tr("Part of a name, or a URN or LAESTAB"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("School filter"));

    m_table->setObjectName(QStringLiteral("schoolList"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Schools"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SchoolListModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_status->setObjectName(QStringLiteral("schoolListStatus"));

    auto* add = new QPushButton(tr("&New school…"), this);
    add->setObjectName(QStringLiteral("newSchoolButton"));
    add->setToolTip(tr("Add a school with its identifiers and roll numbers (Ctrl+Shift+N)"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(add, &QPushButton::clicked, this, [this] { openSchoolForm(0); });
    auto* edit = new QPushButton(tr("&Edit school…"), this);
    edit->setObjectName(QStringLiteral("editSchoolButton"));
    edit->setToolTip(tr("Edit the selected school and its rolls (Enter)"));
    connect(edit, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid()) {
            openSchoolForm(m_model->rowAt(index.row()).school.id);
        }
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openSchoolForm(m_model->rowAt(index.row()).school.id); });
    ActivateOnEnter::install(m_table);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(add);
    top->addWidget(edit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &SchoolBrowser::refresh);
    setFocusProxy(m_filter);
    refresh();
}

void SchoolBrowser::openSchoolForm(qint64 schoolId)
{
    SchoolDialog dialog(m_db, schoolId, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
    }
}

void SchoolBrowser::refresh()
{
    m_timer->stop();
    auto rows = SchoolRepository(m_db).list(m_filter->text(), kResultLimit);
    if (!rows) {
        m_model->setRows({});
        m_status->setText(tr("Could not list schools: %1").arg(rows.error().message));
        return;
    }
    const int n = static_cast<int>(rows->size());
    m_model->setRows(std::move(rows).value());
    if (n == 0) {
        m_status->setText(m_filter->text().isEmpty() ? tr("No schools yet. Import them or add one.")
                                                     : tr("No school matches this filter."));
    } else {
        m_status->setText(n == 1 ? tr("1 school.") : tr("%1 schools.").arg(n));
    }
}

} // namespace casebook
