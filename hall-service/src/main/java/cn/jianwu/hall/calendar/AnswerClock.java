package cn.jianwu.hall.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Component;

/**
 * The 7-day / 3-month clock on the working-day calendar, in the institution's time zone.
 * The procedural answer is due the 7th working day after the day of receipt (a message
 * received on a holiday counts from the next working day); the answer three months after
 * the day of receipt, moved to the next working day when that day is not one — or, for
 * the kinds configured so (a consultation), a number of working days.
 */
@Component
public class AnswerClock {

	private final WorkingCalendar calendar;

	private final ClockProperties properties;

	private final InstitutionProperties institution;

	private final Clock clock;

	AnswerClock(WorkingCalendar calendar, ClockProperties properties, InstitutionProperties institution, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.institution = institution;
		this.clock = clock;
	}

	public Deadlines deadlines(MessageKind kind, Instant receivedAt) {
		LocalDate received = day(receivedAt);
		LocalDate acknowledgeBy = this.calendar.plusWorkingDays(received, this.properties.acknowledgeWorkingDays());
		Integer workingDays = this.properties.answerWorkingDays().get(kind);
		LocalDate answerBy = (workingDays != null) ? this.calendar.plusWorkingDays(received, workingDays)
				: this.calendar.onOrAfter(received.plusMonths(this.properties.answerMonths()));
		return new Deadlines(acknowledgeBy, answerBy);
	}

	/** Working days from the day of receipt to the day of the answer. */
	public int workingDays(Instant receivedAt, Instant answeredAt) {
		return this.calendar.workingDaysBetween(day(receivedAt), day(answeredAt));
	}

	/** Whether an answer given then was in time. */
	public boolean withinLimit(LocalDate answerBy, Instant answeredAt) {
		return !day(answeredAt).isAfter(answerBy);
	}

	/**
	 * How an open message stands today: overdue once the day it waits for has passed (the
	 * procedural answer until it is sent, then the answer), due soon within the
	 * configured working days of it.
	 */
	public DueState due(MessageStatus status, boolean acknowledged, Deadlines deadlines) {
		if (status.closed()) {
			return DueState.CLOSED;
		}
		LocalDate today = today();
		LocalDate next = (acknowledged || deadlines.answerBy().isBefore(deadlines.acknowledgeBy()))
				? deadlines.answerBy() : deadlines.acknowledgeBy();
		if (today.isAfter(next)) {
			return DueState.OVERDUE;
		}
		return (this.calendar.workingDaysBetween(today, next) <= this.properties.dueSoonWorkingDays())
				? DueState.DUE_SOON : DueState.ON_TIME;
	}

	/** Today in the institution's time zone. */
	public LocalDate today() {
		return day(Instant.now(this.clock));
	}

	/** The day of a moment in the institution's time zone. */
	public LocalDate day(Instant instant) {
		return instant.atZone(this.institution.zone()).toLocalDate();
	}

}
