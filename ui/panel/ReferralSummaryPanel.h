#pragma once

#include "chronology/ChronologyRepository.h"
#include "history/HistoryRepository.h"
#include "panel/PanelMeeting.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace casebook {

// Meeting mode's read-only left side for one referral: why the school referred the pupil and on what evidence,
// the key figures per academic year, the support tried before the referral and any permanent exclusion (gaps named)
// and the
// latest suspensions. Nothing here opens or edits a record: the panel reads the history, it does not change it.
class ReferralSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReferralSummaryPanel(QWidget* parent = nullptr);

    // `history` and `events` (the pupil's chronology, newest first) may be missing: the panel says so.
    void showReferral(const AgendaReferral& referral, const Result<PupilHistory>& history,
                      const Result<QVector<ChronologyEvent>>& events);

    // How many of the latest suspensions are listed.
    static constexpr int kLatestSuspensions = 3;
    // Sizes the year table to its rows again (after the type size changed).
    void fitYears();
    // How many academic years show without scrolling.
    static constexpr int kYearsShown = 5;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showYears(const std::vector<YearFigures>& years);
    // Support tried before the referral, then before each permanent exclusion; gaps named first.
    static QString supportText(QDate referralReceived, const PupilHistory& history);
    static QString suspensionsText(const QVector<ChronologyEvent>& events);

    QLabel* m_reason;
    QLabel* m_evidence;
    QTableWidget* m_years;
    QLabel* m_support;
    QLabel* m_suspensions;
};

} // namespace casebook
