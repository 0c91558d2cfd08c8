package cn.jianwu.hall.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.hall.api.calendar.CalendarYear;
import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.platform.web.Problems;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for staff: every member reads a year; an administrator enters
 * the State Council's arrangements for it, which count for every deadline computed
 * afterwards.
 */
@RestController
class CalendarController {

	static final String PATH = "/api/hall/staff/calendar/{year}";

	/** Years the clock could ever count in; anything else is a typing error. */
	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private final WorkingCalendar calendar;

	CalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping(PATH)
	CalendarYear year(@PathVariable int year) {
		checkYear(year);
		return this.calendar.year(year);
	}

	@PutMapping(PATH)
	CalendarYear update(@PathVariable int year, @Valid @RequestBody CalendarYear arrangements) {
		checkYear(year);
		if (arrangements.year() != year) {
			throw invalid("请求中的年份（" + arrangements.year() + "）与地址中的年份（" + year + "）不一致。");
		}
		checkDays(year, arrangements.holidays(), arrangements.workdays());
		return this.calendar.update(arrangements, StaffIdentity.require().username());
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw invalid("年份应在" + FIRST_YEAR + "到" + LAST_YEAR + "之间。");
		}
	}

	private static void checkDays(int year, List<LocalDate> holidays, List<LocalDate> workdays) {
		Set<LocalDate> seen = new HashSet<>();
		for (LocalDate day : concat(holidays, workdays)) {
			if (day == null || day.getYear() != year) {
				throw invalid("所有日期都应在" + year + "年内" + ((day != null) ? "，" + day + "不在该年。" : "。"));
			}
			if (!seen.add(day)) {
				throw invalid(day + "重复出现：一天只能是节假日或调休上班日之一，且只能列一次。");
			}
		}
		for (LocalDate day : workdays) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				throw invalid(day + "不是周末：调休上班日只能是周六或周日（周一至周五本来就是工作日）。");
			}
		}
	}

	private static List<LocalDate> concat(List<LocalDate> first, List<LocalDate> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private static ErrorResponseException invalid(String detail) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST,
				Problems.of(HttpStatus.BAD_REQUEST, "validation", "工作日历有误", detail), null);
	}

	/** Entering a year's arrangements is for administrators. */
	@Configuration(proxyBeanMethods = false)
	static class CalendarAuthorization {

		@Bean
		AuthorizationRules calendarRules() {
			return (rules) -> rules.requestMatchers(HttpMethod.PUT, PATH.replace("{year}", "*"))
				.hasRole(StaffRole.ADMIN.name());
		}

	}

}
