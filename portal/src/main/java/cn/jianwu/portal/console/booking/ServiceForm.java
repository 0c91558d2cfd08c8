package cn.jianwu.portal.console.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceKind;

/**
 * A bookable service's form as typed: times as the browser's {@code time} inputs give
 * them, the offered and blackout days one a line (or separated by commas), the active box
 * checked or not (an unchecked box sends nothing: {@code null}). The field names are the
 * request's, so hall-service's refusals land beside the right field.
 */
record ServiceForm(String kind, String name, String department, String leader, String place, String opensAt,
		String closesAt, String slotMinutes, String capacity, String bookingDaysAhead, String bookingClosesHoursBefore,
		String dates, String blackoutDates, String notes, Boolean active) {

	/** An empty form, with the usual values of a reception service. */
	static ServiceForm blank() {
		return new ServiceForm(ServiceKind.VISIT.name(), null, null, null, null, "09:00", "17:00", "30", "2", "14",
				"24", null, null, null, true);
	}

	/** The form of a service as hall-service has it, to change it. */
	static ServiceForm of(BookableService service) {
		return new ServiceForm(service.kind().name(), service.name(), service.department(), service.leader(),
				service.place(), service.opensAt().toString(), service.closesAt().toString(),
				String.valueOf(service.slotMinutes()), String.valueOf(service.capacity()),
				String.valueOf(service.bookingDaysAhead()), String.valueOf(service.bookingClosesHoursBefore()),
				lines(service.dates()), lines(service.blackoutDates()), service.notes(), service.active());
	}

	/**
	 * The request to send; what could not be read is in {@code fields}, and the request
	 * must not be sent then.
	 */
	BookableServiceRequest request(FormFields fields) {
		ServiceKind chosen = Stream.of(ServiceKind.values())
			.filter((value) -> value.name().equals(this.kind))
			.findFirst()
			.orElse(null);
		return new BookableServiceRequest(chosen, FormFields.text(this.name), FormFields.text(this.department),
				FormFields.text(this.leader), FormFields.text(this.place),
				fields.time("opensAt", this.opensAt, "开始接待时间"), fields.time("closesAt", this.closesAt, "结束接待时间"),
				fields.number("slotMinutes", this.slotMinutes, "每个时段的分钟数"),
				fields.number("capacity", this.capacity, "每个时段的名额"),
				fields.number("bookingDaysAhead", this.bookingDaysAhead, "可预约天数"),
				fields.number("bookingClosesHoursBefore", this.bookingClosesHoursBefore, "截止预约时间"),
				fields.dates("dates", this.dates, "接待日期"), fields.dates("blackoutDates", this.blackoutDates, "停止接待日期"),
				FormFields.text(this.notes), Boolean.TRUE.equals(this.active));
	}

	private static String lines(List<LocalDate> days) {
		return days.stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
	}

}
