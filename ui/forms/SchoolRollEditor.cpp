#include "forms/SchoolRollEditor.h"

#include "forms/KeyboardEntry.h"

#include "calendar/AcademicYear.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

namespace {

constexpr int kMaxYearGroupCount = 9999;
constexpr int kMaxTotal = 99999;
constexpr int kYearsOffered = 5; // before the current academic year, besides any recorded

// Year group counts are typed as whole numbers; an empty cell (or 0) is no pupils in that year group.
class CountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                          const QModelIndex& /*index*/) const override
    {
        auto* editor = new QLineEdit(parent);
        editor->setObjectName(QStringLiteral("yearGroupCountEditor"));
        editor->setValidator(new QIntValidator(0, kMaxYearGroupCount, editor));
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        editor->setFrame(false);
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* edit = static_cast<QLineEdit*>(editor);
        const QVariant value = index.data(Qt::EditRole);
        edit->setText(value.isNull() ? QString() : QString::number(value.toInt()));
        edit->selectAll(); // what is typed replaces the count
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        const int count = static_cast<QLineEdit*>(editor)->text().trimmed().toInt();
        model->setData(index, count > 0 ? QVariant(count) : QVariant(), Qt::EditRole);
    }
};

// Tab from a count being typed goes on to the next field of the form, like Tab anywhere else (Qt's default is to
// start editing the next cell, which traps the keyboard in the table). Arrows move between year groups.
class YearGroupTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        const bool tabbed =
            hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem;
        QTableWidget::closeEditor(editor, tabbed ? QAbstractItemDelegate::NoHint : hint);
        if (tabbed) {
            setFocus();
            focusNextPrevChild(hint == QAbstractItemDelegate::EditNextItem);
        }
    }
};

} // namespace

SchoolRollEditor::SchoolRollEditor(QWidget* parent)
    : QWidget(parent), m_year(new QComboBox(this)), m_table(new YearGroupTable(0, 1, this)), m_total(new QSpinBox(this))
{
    m_year->setObjectName(QStringLiteral("rollYearCombo"));
    m_year->setAccessibleName(tr("Academic year of the census"));
    m_table->setObjectName(QStringLiteral("yearGroupsTable"));
    m_table->setAccessibleName(tr("Pupils on roll by year group"));
    m_table->setHorizontalHeaderLabels({tr("Pupils")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new CountDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between year groups
    m_table->setMinimumHeight(180);
    m_total->setObjectName(QStringLiteral("rollTotalSpin"));
    m_total->setAccessibleName(tr("Total on roll"));
    m_total->setRange(-1, kMaxTotal);
    m_total->setSpecialValueText(tr("not recorded"));
    m_total->setValue(-1);
    forms::makeKeyboardFriendly(m_total);

    m_table->setMinimumWidth(240);
    m_table->verticalHeader()->setMinimumWidth(90);
    auto* year = new QFormLayout;
    year->addRow(tr("Academic &year:"), m_year);
    auto* tableLabel = new QLabel(tr("Pupils by year &group:"), this);
    tableLabel->setBuddy(m_table);
    auto* total = new QFormLayout;
    total->addRow(tr("Tot&al on roll:"), m_total);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(year);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(total);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) {
            return;
        }
        storeShownYear();
        m_shownYear = m_year->currentData().toString();
        fillTable();
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling) {
            return;
        }
        refreshTotal();
        storeShownYear();
        Q_EMIT changed();
    });
    connect(m_total, &QSpinBox::valueChanged, this, [this] {
        if (m_filling) {
            return;
        }
        storeShownYear();
        Q_EMIT changed();
    });
}

SchoolRoll SchoolRollEditor::noRoll(const QString& academicYear)
{
    SchoolRoll roll;
    roll.academicYear = academicYear;
    roll.headcount = -1;
    return roll;
}

void SchoolRollEditor::setRolls(const std::vector<SchoolRoll>& rolls, QDate today)
{
    m_recorded.clear();
    for (const SchoolRoll& roll : rolls) {
        m_recorded.insert(roll.academicYear, roll);
    }
    m_edited = m_recorded;
    const AcademicYear current = AcademicYear::containing(today);
    AcademicYear first(current.startYear() - kYearsOffered);
    for (const SchoolRoll& roll : rolls) {
        if (auto year = AcademicYear::fromLabel(roll.academicYear); year && year.value() < first) {
            first = year.value();
        }
    }
    m_filling = true;
    m_year->clear();
    for (AcademicYear year = current.next(); !(year < first); year = year.previous()) {
        m_year->addItem(year.label(), year.label());
    }
    m_filling = false;
    const QString shown = rolls.empty() ? current.label() : m_recorded.lastKey();
    m_year->setCurrentIndex(std::max(0, m_year->findData(shown)));
    m_shownYear = m_year->currentData().toString();
    fillTable();
}

void SchoolRollEditor::setPhase(const QString& phase)
{
    storeShownYear();
    m_phase = phase;
    fillTable();
}

void SchoolRollEditor::showYear(const QString& academicYear)
{
    m_year->setCurrentIndex(std::max(0, m_year->findData(academicYear)));
}

void SchoolRollEditor::fillTable()
{
    const SchoolRoll roll = m_edited.value(m_shownYear, noRoll(m_shownYear));
    std::vector<int> years = usualYearGroups(m_phase);
    for (auto it = roll.yearGroups.cbegin(); it != roll.yearGroups.cend(); ++it) {
        if (std::find(years.begin(), years.end(), it.key()) == years.end()) {
            years.push_back(it.key());
        }
    }
    std::sort(years.begin(), years.end());
    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(years.size()));
    for (int row = 0; row < static_cast<int>(years.size()); ++row) {
        const int nc = years.at(static_cast<size_t>(row));
        auto* header = new QTableWidgetItem(yearGroupLabel(nc));
        header->setData(Qt::UserRole, nc);
        m_table->setVerticalHeaderItem(row, header);
        auto* count = new QTableWidgetItem;
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (roll.yearGroups.contains(nc)) {
            count->setData(Qt::EditRole, roll.yearGroups.value(nc));
        }
        m_table->setItem(row, 0, count);
    }
    m_table->setCurrentCell(0, 0);
    m_total->setValue(roll.headcount);
    m_filling = false;
    refreshTotal();
}

SchoolRoll SchoolRollEditor::shownRoll() const
{
    SchoolRoll roll;
    roll.academicYear = m_shownYear;
    int sum = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        const int count = item == nullptr ? 0 : item->data(Qt::EditRole).toInt();
        if (count > 0) {
            roll.yearGroups.insert(m_table->verticalHeaderItem(row)->data(Qt::UserRole).toInt(), count);
            sum += count;
        }
    }
    roll.headcount = roll.yearGroups.isEmpty() ? m_total->value() : sum;
    return roll;
}

void SchoolRollEditor::refreshTotal()
{
    const SchoolRoll roll = shownRoll();
    const bool fromGroups = !roll.yearGroups.isEmpty();
    const bool filling = m_filling;
    m_filling = true;
    if (fromGroups) {
        m_total->setValue(roll.headcount);
    }
    m_total->setReadOnly(fromGroups);
    m_total->setButtonSymbols(fromGroups ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_total->setToolTip(fromGroups ? tr("The sum of the year groups")
                                   : tr("Type the total when the census gives "
                                        "no year groups"));
    m_filling = filling;
}

void SchoolRollEditor::storeShownYear()
{
    if (!m_shownYear.isEmpty()) {
        m_edited.insert(m_shownYear, shownRoll());
    }
}

std::vector<SchoolRoll> SchoolRollEditor::changedRolls() const
{
    QMap<QString, SchoolRoll> edited = m_edited;
    if (!m_shownYear.isEmpty()) {
        edited.insert(m_shownYear, shownRoll());
    }
    std::vector<SchoolRoll> changed;
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (it.value() != m_recorded.value(it.key(), noRoll(it.key()))) {
            changed.push_back(it.value());
        }
    }
    return changed;
}

} // namespace casebook
