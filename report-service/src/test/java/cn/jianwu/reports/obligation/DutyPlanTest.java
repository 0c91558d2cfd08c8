package cn.jianwu.reports.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jianwu.events.Category;
import cn.jianwu.reports.api.obligation.DutyState;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationView;
import cn.jianwu.reports.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutyPlanTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

	private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

	private final WorkingCalendar calendar = nationalDay2026();

	private final DutyPlan plan = new DutyPlan(this.calendar, properties(0), ZONE);

	@Test
	void aQuarterlyObligationIsDueOnEachQuartersLastWorkingDay() {
		List<DutyPlan.Planned> duties = this.plan.plan(entry(Frequency.QUARTERLY, "2025-12-01", null), JAN_1, DEC_31);
		assertThat(duties).extracting(DutyPlan.Planned::period).containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
		assertThat(duties).extracting(DutyPlan.Planned::due)
			.containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
					LocalDate.of(2026, 12, 31));
		assertThat(duties.get(2).windowFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(duties.get(2).windowTo()).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void aGraceReachesIntoTheNextQuarterWhoseWindowThenStartsLater() {
		DutyPlan graceful = new DutyPlan(this.calendar, properties(2), ZONE);
		List<DutyPlan.Planned> duties = graceful.plan(entry(Frequency.QUARTERLY, "2025-12-01", null), JAN_1, DEC_31);
		assertThat(duties).as("the fourth quarter of 2025 is due in 2026 now")
			.extracting(DutyPlan.Planned::period)
			.containsExactly("2025Q4", "2026Q1", "2026Q2", "2026Q3");
		DutyPlan.Planned third = duties.get(3);
		assertThat(third.due()).as("two working days after 30 September, over National Day")
			.isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(third.windowTo()).isEqualTo(LocalDate.of(2026, 10, 9));
		List<DutyPlan.Planned> next = graceful.plan(entry(Frequency.QUARTERLY, "2025-12-01", null),
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
		assertThat(next).singleElement().satisfies((fourth) -> {
			assertThat(fourth.period()).isEqualTo("2026Q4");
			assertThat(fourth.windowFrom()).isEqualTo(LocalDate.of(2026, 10, 10));
		});
	}

	@Test
	void overdueFromTheFirstWorkingDayAfterTheDueDay() {
		LocalDate due = LocalDate.of(2026, 9, 30);
		assertThat(this.plan.state(due, null, LocalDate.of(2026, 9, 30))).isEqualTo(DutyState.DUE);
		assertThat(this.plan.state(due, null, LocalDate.of(2026, 10, 7))).as("still the holiday")
			.isEqualTo(DutyState.DUE);
		assertThat(this.plan.state(due, null, LocalDate.of(2026, 10, 8))).isEqualTo(DutyState.OVERDUE);
		assertThat(this.plan.state(due, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8))).isEqualTo(DutyState.MET);
		assertThat(this.plan.state(due, LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 8)))
			.isEqualTo(DutyState.MET_LATE);
		assertThat(this.plan.state(due, LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 8)))
			.as("published after the day asked about")
			.isEqualTo(DutyState.OVERDUE);
	}

	@Test
	void noDutyFallsDueBeforeTheObligationWasEnteredOrAfterItWasDeactivated() {
		assertThat(this.plan.plan(entry(Frequency.QUARTERLY, "2026-05-10", null), JAN_1, DEC_31))
			.extracting(DutyPlan.Planned::period)
			.containsExactly("2026Q2", "2026Q3", "2026Q4");
		ObligationCatalog.Entry deactivated = entry(Frequency.QUARTERLY, "2025-12-01", "2026-08-01");
		assertThat(this.plan.plan(deactivated, JAN_1, DEC_31)).extracting(DutyPlan.Planned::period)
			.containsExactly("2026Q1", "2026Q2");
	}

	@Test
	void aYearlyObligationIsDueOnItsDayOrWithinDaysOfTheYearsStart() {
		ObligationView budget = obligation(Frequency.YEARLY, null, null, 20, null, "2025-06-01");
		assertThat(this.plan.plan(new ObligationCatalog.Entry(budget, null), JAN_1, DEC_31))
			.extracting(DutyPlan.Planned::due)
			.containsExactly(LocalDate.of(2026, 1, 20));
		ObligationView onNationalDay = obligation(Frequency.YEARLY, 10, 1, null, null, "2025-06-01");
		assertThat(this.plan.yearDue(onNationalDay, 2026)).as("moved to the next working day")
			.isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void aLongTermObligationIsOneStandingDutyForLiveItemsOnly() {
		ObligationView standing = obligation(Frequency.LONG_TERM, null, null, null, null, "2026-09-28");
		List<DutyPlan.Planned> duties = this.plan.plan(new ObligationCatalog.Entry(standing, null), JAN_1, DEC_31);
		assertThat(duties).singleElement().satisfies((duty) -> {
			assertThat(duty.due()).isEqualTo(LocalDate.of(2026, 10, 30));
			assertThat(duty.liveOnly()).isTrue();
			assertThat(duty.windowTo()).isEqualTo(DutyPlan.OPEN_END);
		});
		ObligationView rectification = obligation(Frequency.AD_HOC, null, null, null, LocalDate.of(2026, 11, 30),
				"2026-09-28");
		assertThat(this.plan.plan(new ObligationCatalog.Entry(rectification, null), JAN_1, DEC_31))
			.extracting(DutyPlan.Planned::due)
			.containsExactly(LocalDate.of(2026, 11, 30));
		ObligationView whenItHappens = obligation(Frequency.AD_HOC, null, null, null, null, "2026-09-28");
		assertThat(this.plan.plan(new ObligationCatalog.Entry(whenItHappens, null), JAN_1, DEC_31)).isEmpty();
	}

	private static ObligationCatalog.Entry entry(Frequency frequency, String entered, String deactivated) {
		ObligationView view = obligation(frequency, null, null, null, null, entered);
		if (deactivated == null) {
			return new ObligationCatalog.Entry(view, null);
		}
		ObligationView inactive = new ObligationView(view.id(), view.title(), view.department(), view.category(),
				view.subKind(), view.frequency(), null, null, null, null, view.source(), null, false, view.createdAt());
		return new ObligationCatalog.Entry(inactive, instant(deactivated));
	}

	private static ObligationView obligation(Frequency frequency, Integer month, Integer day, Integer withinDays,
			LocalDate dueDate, String entered) {
		return new ObligationView("o1", "检察改革进展情况", "办公室", Category.GOVERNMENT_AFFAIRS, null, frequency, month, day,
				withinDays, dueDate, "STAFF", null, true, instant(entered));
	}

	private static Instant instant(String day) {
		return LocalDate.parse(day).atTime(10, 0).atZone(ZONE).toInstant();
	}

	private static ObligationProperties properties(int grace) {
		return new ObligationProperties(grace, 20, 5, "/console/items/new?obligation={id}");
	}

	private static WorkingCalendar nationalDay2026() {
		Set<LocalDate> off = new HashSet<>();
		for (int day = 1; day <= 7; day++) {
			off.add(LocalDate.of(2026, 10, day));
		}
		return new WorkingCalendar(off, Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));
	}

}
