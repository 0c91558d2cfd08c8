package cn.jianwu.reports.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.inspection.InspectionFigures.ObligationsMet;
import cn.jianwu.reports.obligation.ObligationStandings;

import org.springframework.stereotype.Component;

/** The obligation register's standings as the report's section, as of today. */
@Component
class RegisterObligationFigures implements ObligationFigures {

	private final ObligationStandings standings;

	private final Clock clock;

	private final ZoneId zone;

	RegisterObligationFigures(ObligationStandings standings, Clock clock, InstitutionProperties institution) {
		this.standings = standings;
		this.clock = clock;
		this.zone = institution.zone();
	}

	@Override
	public List<ObligationsMet> of(LocalDate from, LocalDate to) {
		return this.standings.standings(from, to, LocalDate.now(this.clock.withZone(this.zone)))
			.stream()
			.map((s) -> new ObligationsMet(s.department(), s.due(), s.metOnTime(), s.metLate(), s.overdue(), s.open()))
			.toList();
	}

}
