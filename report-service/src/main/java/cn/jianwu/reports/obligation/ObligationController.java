package cn.jianwu.reports.obligation;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.obligation.Duty;
import cn.jianwu.reports.api.obligation.DutyState;
import cn.jianwu.reports.api.obligation.ObligationRequest;
import cn.jianwu.reports.api.obligation.ObligationView;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of disclosure obligations and their duties: the register for its editors
 * and readers, one department's tasks for its staff, the overdue list for the office and
 * the supervision group.
 */
@RestController
class ObligationController {

	/** The overdue list looks back this far. */
	private static final int OVERDUE_YEARS = 2;

	private final ObligationCatalog catalog;

	private final Duties duties;

	private final ReportReaders readers;

	private final Clock clock;

	private final ZoneId zone;

	ObligationController(ObligationCatalog catalog, Duties duties, ReportReaders readers, Clock clock,
			InstitutionProperties institution) {
		this.catalog = catalog;
		this.duties = duties;
		this.readers = readers;
		this.clock = clock;
		this.zone = institution.zone();
	}

	@GetMapping("/api/reports/obligations")
	List<ObligationView> register(@RequestParam(required = false) String department) {
		this.readers.requireReader(StaffIdentity.require());
		return this.catalog.list(blankToNull(department));
	}

	@GetMapping("/api/reports/obligations/{id}")
	ObligationView obligation(@PathVariable String id) {
		this.readers.requireReader(StaffIdentity.require());
		return this.catalog.find(id).orElseThrow(ObligationProblem::notFound);
	}

	@PostMapping("/api/reports/obligations")
	@Transactional
	ResponseEntity<ObligationView> create(@Valid @RequestBody ObligationRequest request) {
		ValidObligation obligation = ValidObligation.of(request);
		String id = UUID.randomUUID().toString();
		this.catalog.insert(id, obligation, ObligationRegister.SOURCE_STAFF, StaffIdentity.require().username(),
				this.clock.instant());
		return ResponseEntity.created(URI.create("/api/reports/obligations/" + id))
			.body(this.catalog.find(id).orElseThrow());
	}

	@PutMapping("/api/reports/obligations/{id}")
	@Transactional
	ObligationView update(@PathVariable String id, @Valid @RequestBody ObligationRequest request) {
		ValidObligation obligation = ValidObligation.of(request);
		if (!this.catalog.update(id, obligation, StaffIdentity.require().username(), this.clock.instant())) {
			throw ObligationProblem.notFound();
		}
		return this.catalog.find(id).orElseThrow();
	}

	/**
	 * The duties due in a range (default: this year), one department's or all. Staff of a
	 * department read their own; readers of reports read every department's.
	 */
	@GetMapping("/api/reports/obligations/duties")
	List<Duty> duties(@RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		StaffIdentity staff = StaffIdentity.require();
		String asked = blankToNull(department);
		if (!this.readers.readsAll(staff) && (asked == null || !asked.equals(staff.department()))) {
			throw new AccessDeniedException("Another department's duties");
		}
		LocalDate today = today();
		LocalDate first = (from != null) ? from : today.withDayOfYear(1);
		LocalDate last = (to != null) ? to : first.withDayOfYear(1).plusYears(1).minusDays(1);
		if (last.isBefore(first)) {
			throw ObligationProblem.invalid(List.of("结束日期不能早于开始日期"));
		}
		return sorted(this.duties.duties(asked, first, last, today));
	}

	/**
	 * The caller's department's tasks: what is open (due or overdue) up to the end of
	 * this quarter, and what was met this year.
	 */
	@GetMapping("/api/reports/obligations/mine")
	List<Duty> mine() {
		StaffIdentity staff = StaffIdentity.require();
		if (staff.department() == null || staff.department().isBlank()) {
			throw ObligationProblem.noDepartment();
		}
		return sorted(this.duties.tasks(staff.department(), today()));
	}

	/** Every overdue duty of the last two years, the oldest first. */
	@GetMapping("/api/reports/obligations/overdue")
	List<Duty> overdue() {
		this.readers.requireOverseer(StaffIdentity.require());
		LocalDate today = today();
		return sorted(this.duties.duties(null, today.minusYears(OVERDUE_YEARS), today, today)
			.stream()
			.filter((duty) -> duty.state() == DutyState.OVERDUE)
			.toList());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	private static List<Duty> sorted(List<Duty> duties) {
		return duties.stream()
			.sorted(Comparator.comparing(Duty::dueDate).thenComparing(Duty::department).thenComparing(Duty::title))
			.toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
