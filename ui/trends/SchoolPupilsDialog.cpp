#include "trends/SchoolPupilsDialog.h"

#include "common/ActivateOnEnter.h"
#include "db/Database.h"
#include "repositories/SchoolRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook {

namespace {

constexpr int kPupilIdRole = Qt::UserRole + 1;

QStandardItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* cell = new QStandardItem(text);
    cell->setTextAlignment(alignment);
    cell->setEditable(false);
    return cell;
}

QStandardItem* number(double value, const QString& text)
{
    QStandardItem* cell = item(text, Qt::AlignRight | Qt::AlignVCenter);
    cell->setData(value, Qt::UserRole + 2);
    return cell;
}

} // namespace

SchoolPupilsDialog::SchoolPupilsDialog(Database& db, qint64 schoolId, const QString& academicYear,
                                       const SmallNumberPolicy& policy, QWidget* parent)
    : QDialog(parent), m_message(new QLabel(this)), m_table(new QTableView(this)), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("schoolPupilsDialog"));
    m_message->setObjectName(QStringLiteral("schoolPupilsMessage"));
    m_message->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("schoolPupilsTable"));
    m_table->setAccessibleName(tr("Pupils with suspensions or exclusions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    ActivateOnEnter::install(m_table);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const qint64 pupil = m_model->index(index.row(), 0).data(kPupilIdRole).toLongLong();
        if (pupil > 0) {
            Q_EMIT pupilActivated(pupil);
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    QString schoolName;
    if (auto school = SchoolRepository(db).load(schoolId); school) {
        schoolName = school.value().name;
    }
    setWindowTitle(tr("Pupils at %1, %2").arg(schoolName, academicYear));
    if (policy.enabled) {
        m_message->setText(tr("Pupil-level figures are not shown while small numbers are hidden for a screen that "
                              "may be shared. Turn that off under Tools > Small numbers to see the pupils."));
        m_table->hide();
    } else {
        load(db, schoolId, academicYear);
    }
    resize(900, 560);
}

void SchoolPupilsDialog::load(Database& db, qint64 schoolId, const QString& academicYear)
{
    m_model->setHorizontalHeaderLabels({tr("UPN"), tr("Name"), tr("Date of birth"), tr("Suspensions"), tr("Days lost"),
                                        tr("Permanent exclusions"), tr("Latest")});
    auto pupils = SchoolPupilsRepository(db).pupils(schoolId, academicYear);
    if (!pupils) {
        m_message->setText(tr("Could not load the pupils: %1").arg(pupils.error().message));
        return;
    }
    const QLocale locale;
    for (const SchoolPupilFigures& p : pupils.value()) {
        QList<QStandardItem*> row;
        QStandardItem* upn = item(p.upn.isEmpty() ? tr("(none)") : p.upn);
        upn->setData(p.pupilId, kPupilIdRole);
        row << upn << item(p.name) << item(p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")))
            << number(p.suspensions, locale.toString(p.suspensions))
            << number(p.daysLost(), locale.toString(p.daysLost(), 'f', 1))
            << number(p.permanentExclusions, locale.toString(p.permanentExclusions))
            << item(p.latest.toString(QStringLiteral("dd/MM/yyyy")));
        m_model->appendRow(row);
    }
    m_message->setText(pupils.value().empty()
                           ? tr("No pupil had a suspension or permanent exclusion here in %1.").arg(academicYear)
                           : tr("%n pupil(s) with a suspension or permanent exclusion in %1, permanent exclusions "
                                "first, then most days lost. OFFICIAL-SENSITIVE: pupil-level data. Enter opens "
                                "the pupil's record.",
                                "", static_cast<int>(pupils.value().size()))
                                 .arg(academicYear));
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    m_table->setFocus();
}

int SchoolPupilsDialog::pupilCount() const
{
    return m_table->isHidden() ? 0 : m_model->rowCount();
}

QString SchoolPupilsDialog::message() const
{
    return m_message->text();
}

} // namespace casebook
