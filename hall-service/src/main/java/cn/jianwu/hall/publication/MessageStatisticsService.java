package cn.jianwu.hall.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.jianwu.hall.api.publication.MessageStatistics;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's figures, counted by the day of receipt in the institution's time zone. A
 * message counts as answered once its clock stopped (answered, merged or referred), and
 * within the limit when that day was no later than its {@code answerBy}. The working days
 * are the ones handling recorded at closing, or counted on the calendar when it did not.
 */
@Service
class MessageStatisticsService {

	/** The platform holds nothing older; the years after the next hold nothing yet. */
	static final int FIRST_YEAR = 2000;

	private final StatisticsRepository repository;

	private final AnswerClock clock;

	private final ZoneId zone;

	MessageStatisticsService(StatisticsRepository repository, AnswerClock clock, InstitutionProperties institution) {
		this.repository = repository;
		this.clock = clock;
		this.zone = institution.zone();
	}

	@Transactional(readOnly = true)
	MessageStatistics of(Integer requestedYear) {
		int thisYear = this.clock.today().getYear();
		int year = (requestedYear != null) ? requestedYear : thisYear;
		if (year < FIRST_YEAR || year > thisYear + 1) {
			throw new InvalidParameterProblem("年份应在" + FIRST_YEAR + "年到" + (thisYear + 1) + "年之间。");
		}
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(this.zone).toInstant();
		Instant until = LocalDate.of(year + 1, 1, 1).atStartOfDay(this.zone).toInstant();
		StatisticsTally tally = new StatisticsTally(year);
		for (StatisticsRepository.Row row : this.repository.receivedBetween(from, until)) {
			tally.add(counted(row));
		}
		return tally.statistics();
	}

	private StatisticsTally.Counted counted(StatisticsRepository.Row row) {
		int month = this.clock.day(row.receivedAt()).getMonthValue();
		boolean answered = row.status().closed();
		if (!answered || row.closedAt() == null) {
			return new StatisticsTally.Counted(row.kind(), month, answered, false, null);
		}
		Integer days = (row.workingDays() != null) ? row.workingDays()
				: this.clock.workingDays(row.receivedAt(), row.closedAt());
		return new StatisticsTally.Counted(row.kind(), month, true,
				this.clock.withinLimit(row.answerBy(), row.closedAt()), days);
	}

}
