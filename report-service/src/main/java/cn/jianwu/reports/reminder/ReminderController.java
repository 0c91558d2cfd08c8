package cn.jianwu.reports.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.reminder.Reminder;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's console notices from every {@link ReminderSource}, the most urgent first.
 */
@RestController
class ReminderController {

	private final List<ReminderSource> sources;

	private final Clock clock;

	private final InstitutionProperties institution;

	ReminderController(List<ReminderSource> sources, Clock clock, InstitutionProperties institution) {
		this.sources = List.copyOf(sources);
		this.clock = clock;
		this.institution = institution;
	}

	@GetMapping("/api/reports/reminders")
	List<Reminder> reminders() {
		StaffIdentity caller = StaffIdentity.require();
		LocalDate today = LocalDate.now(this.clock.withZone(this.institution.zone()));
		return this.sources.stream()
			.flatMap((source) -> Stream.ofNullable(source.remindersFor(caller, today)).flatMap(List::stream))
			.sorted(Comparator.comparing(Reminder::severity)
				.reversed()
				.thenComparing(Reminder::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

}
