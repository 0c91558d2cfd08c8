package cn.jianwu.reports.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.jianwu.events.Category;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.obligation.Frequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's overdue obligation ({@code jianwu.demo.enabled=true} only): a quarterly
 * obligation of the logistics section entered at the start of last quarter, for which no
 * item was published — so last quarter's duty is overdue on the overdue list, in the
 * section's tasks and its clerks' reminders, and this quarter's is due. The seed's list
 * itself starts when the service is first started and has nothing overdue yet. Runs once:
 * the fixed id is left alone on the next start.
 */
@Component
@Order(200)
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoObligations implements ApplicationRunner {

	static final String ID = "demo-procurement";

	private static final Logger log = LoggerFactory.getLogger(DemoObligations.class);

	private final ObligationCatalog catalog;

	private final ReportDepartments departments;

	private final InstitutionProperties institution;

	private final Clock clock;

	DemoObligations(ObligationCatalog catalog, ReportDepartments departments, InstitutionProperties institution,
			Clock clock) {
		this.catalog = catalog;
		this.departments = departments;
		this.institution = institution;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.institution.zone()));
		Instant entered = Quarter.of(today)
			.previous()
			.firstDay()
			.atTime(9, 0)
			.atZone(this.institution.zone())
			.toInstant();
		ValidObligation obligation = new ValidObligation("政府采购项目实施情况（季度）", this.departments.logistics(),
				Category.GOVERNMENT_AFFAIRS, null, Frequency.QUARTERLY, null, null, null, null, "《实施意见》四（一）2", true);
		if (this.catalog.insert(ID, obligation, ObligationRegister.SOURCE_STAFF, "demo", entered)) {
			log.info("Demo obligation {} entered: last quarter's duty is overdue", ID);
		}
	}

}
