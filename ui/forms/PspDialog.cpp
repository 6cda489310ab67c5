#include "forms/PspDialog.h"

#include "forms/ChildRowsTable.h"

#include "repositories/PspRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/PspCheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casebook {

namespace {

enum ReviewColumn
{
    kDue = 0,
    kHeld = 1,
    kNotes = 2,
};

std::vector<std::pair<QString, QString>> statusChoices()
{
    return {
        {QObject::tr("Active"), QStringLiteral("active")},
        {QObject::tr("Completed"), QStringLiteral("completed")},
        {QObject::tr("Escalated"), QStringLiteral("escalated")},
        {QObject::tr("Lapsed"), QStringLiteral("lapsed")},
    };
}

QPlainTextEdit* makeTextBox(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumWidth(280);
    edit->setMaximumHeight(64);
    return edit;
}

// Sets the flag for the lifetime of the guard (the form, not the officer, is changing fields).
class Guard
{
public:
    explicit Guard(bool& flag) : m_flag(flag), m_was(flag) { m_flag = true; }
    ~Guard() { m_flag = m_was; }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

private:
    bool& m_flag;
    bool m_was;
};

} // namespace

PspDialog::PspDialog(Database& db, qint64 pupilId, qint64 pspId, QWidget* parent)
    : QDialog(parent), m_db(db), m_school(new QComboBox(this)),
      m_start(forms::makeDateEdit(this, QStringLiteral("startDateEdit"), tr("Start date"), false)),
      m_plannedEnd(forms::makeDateEdit(this, QStringLiteral("plannedEndDateEdit"), tr("Planned end"), true)),
      m_end(forms::makeDateEdit(this, QStringLiteral("endDateEdit"), tr("End date"), true)),
      m_laRepresentative(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_targets(makeTextBox(this, QStringLiteral("targetsEdit"), tr("Targets"))),
      m_agencies(makeTextBox(this, QStringLiteral("agenciesEdit"), tr("Agencies involved"))),
      m_outcome(makeTextBox(this, QStringLiteral("outcomeEdit"), tr("Outcome"))),
      m_reviews(new forms::ChildRowsTable({{tr("Due on"), forms::ChildRowsTable::Kind::Date, 110},
                                           {tr("Held on"), forms::ChildRowsTable::Kind::OptionalDate, 110},
                                           {tr("Notes"), forms::ChildRowsTable::Kind::Text, 0}},
                                          this)),
      m_addReview(new QPushButton(tr("&Add review"), this)),
      m_removeReview(new QPushButton(tr("Re&move review (Del)"), this)), m_reviewEvery(new QSpinBox(this)),
      m_schedule(new QPushButton(tr("Sc&hedule reviews"), this)), m_saveError(forms::makeSaveErrorLabel(this)),
      m_issues(this), m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_loaded.pupilId = pupilId;
    m_loaded.id = pspId;
    setObjectName(QStringLiteral("pspDialog"));
    setWindowTitle(pspId == 0 ? tr("Record a pastoral support plan") : tr("Edit pastoral support plan"));
    m_school->setObjectName(QStringLiteral("schoolCombo"));
    m_school->setAccessibleName(tr("School"));
    m_laRepresentative->setObjectName(QStringLiteral("laRepresentativeEdit"));
    m_laRepresentative->setAccessibleName(tr("LA representative"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    forms::fillChoiceCombo(m_status, statusChoices(), QStringLiteral("active"));
    m_reviews->setObjectName(QStringLiteral("reviewsTable"));
    m_reviews->setAccessibleName(tr("Reviews"));
    m_reviews->setMinimumHeight(120);
    m_addReview->setObjectName(QStringLiteral("addReviewButton"));
    m_addReview->setAccessibleName(tr("Add review"));
    m_addReview->setAutoDefault(false);
    m_removeReview->setObjectName(QStringLiteral("removeReviewButton"));
    m_removeReview->setAccessibleName(tr("Remove review"));
    m_removeReview->setAutoDefault(false);
    m_reviewEvery->setObjectName(QStringLiteral("reviewEverySpin"));
    m_reviewEvery->setAccessibleName(tr("Review every so many weeks"));
    m_reviewEvery->setRange(1, 52);
    m_reviewEvery->setValue(kPspReviewEveryWeeks);
    m_reviewEvery->setSuffix(tr(" weeks"));
    m_schedule->setObjectName(QStringLiteral("scheduleReviewsButton"));
    m_schedule->setAccessibleName(tr("Schedule reviews"));
    m_schedule->setAutoDefault(false);
    buildLayout();

    if (pspId != 0) {
        load(pspId);
    } else {
        // The school the pupil is at, or was at last: never an unrelated school that sorts first.
        const auto latestSchool = SchoolRepository(db).latestSchoolOf(pupilId);
        forms::fillSchoolCombo(db, m_school, latestSchool ? latestSchool.value() : 0);
        const Guard guard(m_programmatic);
        m_plannedEnd->setDate(m_start->date().addDays(7LL * kPspTypicalWeeks));
        scheduleReviews();
    }
    if (auto others = PspRepository(db).listForPupil(m_loaded.pupilId)) {
        m_others = std::move(others).value();
    }
    connectFields();
    revalidate();
    m_start->setFocus();
}

void PspDialog::buildLayout()
{
    auto* plan = new QFormLayout;
    plan->addRow(tr("&School:"), m_school);
    plan->addRow(QString(), m_issues.add(QStringLiteral("school")));
    plan->addRow(tr("S&tart date:"), m_start);
    plan->addRow(QString(), m_issues.add(QStringLiteral("startDate")));
    plan->addRow(tr("&Planned end:"), m_plannedEnd);
    plan->addRow(QString(), m_issues.add(QStringLiteral("plannedEndDate")));
    plan->addRow(tr("&End date:"), m_end);
    plan->addRow(QString(), m_issues.add(QStringLiteral("endDate")));
    plan->addRow(tr("&LA representative:"), m_laRepresentative);
    plan->addRow(tr("Stat&us:"), m_status);
    plan->addRow(QString(), m_issues.add(QStringLiteral("status")));
    auto* words = new QFormLayout;
    words->addRow(tr("Tar&gets:"), m_targets);
    words->addRow(tr("Agen&cies involved:"), m_agencies);
    words->addRow(tr("&Outcome:"), m_outcome);
    auto* columns = new QHBoxLayout;
    columns->addLayout(plan, 1);
    columns->addSpacing(12);
    columns->addLayout(words, 1);

    auto* reviewsLabel = new QLabel(tr("Re&views:"), this);
    reviewsLabel->setBuddy(m_reviews);
    auto* everyLabel = new QLabel(tr("Revie&w every:"), this);
    everyLabel->setBuddy(m_reviewEvery);
    auto* reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_addReview);
    reviewButtons->addWidget(m_removeReview);
    reviewButtons->addStretch(1);
    reviewButtons->addWidget(everyLabel);
    reviewButtons->addWidget(m_reviewEvery);
    reviewButtons->addWidget(m_schedule);
    // The offer of a review every few weeks is for a new plan; an edited plan keeps its reviews.
    everyLabel->setVisible(isNew());
    m_reviewEvery->setVisible(isNew());
    m_schedule->setVisible(isNew());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(reviewsLabel);
    layout->addWidget(m_reviews, 1);
    layout->addWidget(m_issues.add(QStringLiteral("reviews")));
    layout->addLayout(reviewButtons);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    const std::vector<QWidget*> order = {m_school,    m_start,        m_plannedEnd,  m_end,      m_laRepresentative,
                                         m_status,    m_targets,      m_agencies,    m_outcome,  m_reviews,
                                         m_addReview, m_removeReview, m_reviewEvery, m_schedule, m_buttons};
    for (size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
    resize(760, 540);
}

void PspDialog::connectFields()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PspDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PspDialog::reject);
    connect(m_start, &QDateEdit::dateChanged, this, &PspDialog::onStartChanged);
    connect(m_plannedEnd, &QDateEdit::dateChanged, this, &PspDialog::onPlannedEndChanged);
    connect(m_end, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    for (QComboBox* combo : {m_school, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    connect(m_reviews, &forms::ChildRowsTable::rowsChanged, this, [this] {
        if (!m_programmatic) {
            m_reviewsTouched = true;
        }
        revalidate();
    });
    connect(m_reviewEvery, &QSpinBox::valueChanged, this, [this] {
        if (!m_reviewsTouched) {
            scheduleReviews();
        }
    });
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        scheduleReviews();
        m_reviewsTouched = false; // the offer follows the dates again
        m_reviews->setFocus();
    });
    connect(m_addReview, &QPushButton::clicked, this, &PspDialog::addReview);
    connect(m_removeReview, &QPushButton::clicked, this, &PspDialog::removeReview);
}

void PspDialog::load(qint64 pspId)
{
    auto loaded = PspRepository(m_db).load(pspId);
    if (!loaded) {
        forms::fillSchoolCombo(m_db, m_school, 0);
        showSaveError(tr("This plan could not be opened: %1").arg(loaded.error().message));
        m_loadFailed = true;
        return;
    }
    m_loaded = std::move(loaded).value();
    const Guard guard(m_programmatic);
    forms::fillSchoolCombo(m_db, m_school, m_loaded.schoolId);
    m_start->setDate(m_loaded.startDate);
    forms::setOptionalDate(m_plannedEnd, m_loaded.plannedEndDate);
    forms::setOptionalDate(m_end, m_loaded.endDate);
    m_laRepresentative->setText(m_loaded.laRepresentative);
    forms::fillChoiceCombo(m_status, statusChoices(), m_loaded.status);
    m_targets->setPlainText(m_loaded.targets);
    m_agencies->setPlainText(m_loaded.agencies);
    m_outcome->setPlainText(m_loaded.outcome);
    for (const PspReview& r : m_loaded.reviews) {
        const int row = m_reviews->appendRow(r.id);
        m_reviews->setDate(row, kDue, r.dueOn);
        m_reviews->setDate(row, kHeld, r.heldOn);
        m_reviews->setText(row, kNotes, r.notes);
    }
    m_plannedEndTouched = true;
    m_reviewsTouched = true;
}

Psp PspDialog::psp() const
{
    Psp p = m_loaded;
    p.schoolId = m_school->currentData().toLongLong();
    p.startDate = m_start->date();
    p.plannedEndDate = forms::optionalDate(m_plannedEnd);
    p.endDate = forms::optionalDate(m_end);
    p.laRepresentative = m_laRepresentative->text().trimmed();
    p.status = m_status->currentData().toString();
    p.targets = m_targets->toPlainText().trimmed();
    p.agencies = m_agencies->toPlainText().trimmed();
    p.outcome = m_outcome->toPlainText().trimmed();
    p.reviews.clear();
    for (int row = 0; row < m_reviews->rowCount(); ++row) {
        p.reviews.push_back({m_reviews->rowId(row), m_reviews->date(row, kDue), m_reviews->date(row, kHeld),
                             m_reviews->text(row, kNotes)});
    }
    return p;
}

void PspDialog::scheduleReviews()
{
    const Guard guard(m_programmatic);
    // Reviews already held or with notes stay; the rest are replaced by the offered dates.
    for (int row = m_reviews->rowCount() - 1; row >= 0; --row) {
        if (!m_reviews->date(row, kHeld).isValid() && m_reviews->text(row, kNotes).isEmpty()) {
            m_reviews->removeRow(row);
        }
    }
    for (const QDate& due :
         pspReviewSchedule(m_start->date(), forms::optionalDate(m_plannedEnd), m_reviewEvery->value())) {
        const int row = m_reviews->appendRow();
        m_reviews->setDate(row, kDue, due);
    }
    m_reviews->sortItems(kDue);
    revalidate();
}

void PspDialog::addReview()
{
    const int last = m_reviews->rowCount() - 1;
    const QDate after =
        last >= 0 && m_reviews->date(last, kDue).isValid() ? m_reviews->date(last, kDue) : m_start->date();
    const int row = m_reviews->appendRow();
    m_reviews->setDate(row, kDue, after.addDays(7LL * m_reviewEvery->value()));
    m_reviews->startEditing(row, kDue);
}

void PspDialog::removeReview()
{
    m_reviews->removeCurrentRow();
    m_reviews->setFocus();
}

void PspDialog::onStartChanged()
{
    if (isNew() && !m_plannedEndTouched) {
        const Guard guard(m_programmatic);
        m_plannedEnd->setDate(m_start->date().addDays(7LL * kPspTypicalWeeks));
    }
    if (isNew() && !m_reviewsTouched) {
        scheduleReviews();
    }
    revalidate();
}

void PspDialog::onPlannedEndChanged()
{
    if (!m_programmatic) {
        m_plannedEndTouched = true;
    }
    if (isNew() && !m_reviewsTouched) {
        scheduleReviews();
    }
    revalidate();
}

bool PspDialog::revalidate()
{
    const bool ok = m_issues.show(checkPsp(psp(), m_others)) && !m_loadFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void PspDialog::showSaveError(const QString& message)
{
    m_saveError->setText(message);
    m_saveError->setAccessibleDescription(message);
    m_saveError->show();
}

void PspDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    const Psp p = psp();
    if (!forms::confirmWarnings(this, checkPsp(p, m_others))) {
        return;
    }
    PspRepository repository(m_db);
    if (isNew()) {
        auto saved = repository.insert(p);
        if (!saved) {
            showSaveError(tr("Not saved: %1").arg(saved.error().message));
            return;
        }
        m_savedId = saved.value();
    } else {
        if (Status st = repository.update(p, m_loaded.rowVersion); !st) {
            showSaveError(tr("Not saved: %1").arg(st.error().message));
            return;
        }
        m_savedId = p.id;
    }
    QDialog::accept();
}

} // namespace casebook
