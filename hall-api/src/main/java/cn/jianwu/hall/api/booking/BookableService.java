package cn.jianwu.hall.api.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A bookable service as the public and staff see it ({@code GET /api/hall/services},
 * {@code GET
 * /api/hall/staff/services}); the fields are those of {@link BookableServiceRequest}.
 *
 * @param id the service's id
 * @param kind what it is
 * @param kindLabel its Chinese name
 * @param name what the public reads
 * @param department the receiving department
 * @param leader the named leader, for {@code CHIEF_RECEPTION}
 * @param place where in the hall
 * @param opensAt first slot of a day
 * @param closesAt end of the last slot
 * @param slotMinutes length of a slot
 * @param capacity places per slot
 * @param bookingDaysAhead how many days ahead one may book
 * @param bookingClosesHoursBefore booking closes this many hours before a slot
 * @param dates the only days it is offered, when not empty
 * @param blackoutDates days it is not offered
 * @param notes what to bring
 * @param active whether the public may book it
 * @param forLawyers whether the booking needs a licence number, a law firm and a case
 */
public record BookableService(UUID id, ServiceKind kind, String kindLabel, String name, String department,
		String leader, String place, LocalTime opensAt, LocalTime closesAt, int slotMinutes, int capacity,
		int bookingDaysAhead, int bookingClosesHoursBefore, List<LocalDate> dates, List<LocalDate> blackoutDates,
		String notes, boolean active, boolean forLawyers) {

	public BookableService {
		dates = List.copyOf(dates);
		blackoutDates = List.copyOf(blackoutDates);
	}

}
