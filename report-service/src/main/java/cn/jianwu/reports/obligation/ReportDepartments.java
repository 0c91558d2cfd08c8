package cn.jianwu.reports.obligation;

import java.util.List;
import java.util.stream.Stream;

import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The institution's departments as the accountability cycle names them
 * ({@code jianwu.reports.departments}), by their responsibility (seed §三b(二)): government
 * affairs → the office, the political department and the logistics section; procuratorial
 * affairs → the business departments; party affairs → the party branch. Read here, never
 * typed elsewhere.
 *
 * @param office 办公室: collects every department's materials, reads every report
 * @param personnel 政治处: personnel information
 * @param logistics 行装科: budget, final accounts, procurement, vehicles
 * @param party 党总支: party affairs
 * @param caseManagement 案件管理部: case information and its statistics (§五(二))
 * @param prosecution 公诉部
 * @param investigationSupervision 侦查监督部
 * @param execution 刑事执行检察部
 * @param civilAdministrative 民事行政检察部
 * @param juvenile 未成年人检察部
 * @param complaints 控告申诉检察部
 */
@ConfigurationProperties("jianwu.reports.departments")
public record ReportDepartments(String office, String personnel, String logistics, String party, String caseManagement,
		String prosecution, String investigationSupervision, String execution, String civilAdministrative,
		String juvenile, String complaints) {

	/** Every department, the office first. */
	public List<String> all() {
		return Stream.of(this.office, this.personnel, this.logistics, this.party, this.caseManagement, this.prosecution,
				this.investigationSupervision, this.execution, this.civilAdministrative, this.juvenile, this.complaints)
			.distinct()
			.toList();
	}

	/** Whether the member of staff belongs to the office. */
	public boolean inOffice(StaffIdentity staff) {
		return this.office.equals(staff.department());
	}

}
