package cn.jianwu.reports.obligation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import cn.jianwu.reports.api.obligation.Frequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enters the seed's list (§四(一)1–4, the business departments' procedures of §四(三)1) into
 * the register, each with its responsible department (§三b(二)) read from
 * {@link ReportDepartments}. Fixed ids: a second start, or an editor's change, is left
 * alone; an entry the editors deactivated stays deactivated. Periodic items are due every
 * quarter (§四(二) "一般每季度公开一次"); what happens at unforeseeable times (appointments,
 * incidents) is AD_HOC without a due day.
 */
@Component
@Order(100)
class SeedObligations implements ApplicationRunner {

	static final String CREATOR = "system";

	private static final Logger log = LoggerFactory.getLogger(SeedObligations.class);

	private static final String CASE_INFO = "《实施意见》四（一）1";

	private static final String GOVERNMENT = "《实施意见》四（一）2";

	private static final String PERSONNEL = "《实施意见》四（一）3";

	private static final String OTHER = "《实施意见》四（一）4";

	private static final String PROCEDURES = "《实施意见》四（三）1";

	private final ObligationCatalog catalog;

	private final ReportDepartments departments;

	private final Clock clock;

	SeedObligations(ObligationCatalog catalog, ReportDepartments departments, Clock clock) {
		this.catalog = catalog;
		this.departments = departments;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		int added = 0;
		for (Seed seed : seeds(this.departments)) {
			if (this.catalog.insert(seed.id(), seed.obligation(), ObligationRegister.SOURCE_SEED, CREATOR, now)) {
				added++;
			}
		}
		log.info("Obligation register seeded: {} new entries", added);
	}

	static List<Seed> seeds(ReportDepartments d) {
		return List.of(
				// 一、检察案件信息
				quarterly("seed-important-case", "重要案件信息发布", d.prosecution(), Category.CASE_INFO,
						SubKind.IMPORTANT_CASE, CASE_INFO),
				quarterly("seed-legal-documents-prosecution", "生效法律文书网上公开（公诉）", d.prosecution(), Category.CASE_INFO,
						SubKind.LEGAL_DOCUMENT, CASE_INFO),
				quarterly("seed-legal-documents-investigation", "生效法律文书网上公开（侦查监督）", d.investigationSupervision(),
						Category.CASE_INFO, SubKind.LEGAL_DOCUMENT, CASE_INFO),
				quarterly("seed-typical-cases", "指导性、警示性、教育性典型案例", d.investigationSupervision(), Category.CASE_INFO,
						SubKind.TYPICAL_CASE, CASE_INFO),
				quarterly("seed-typical-cases-civil", "民事行政检察监督典型案例", d.civilAdministrative(), Category.CASE_INFO,
						SubKind.TYPICAL_CASE, CASE_INFO),
				quarterly("seed-seized-property", "职务犯罪案件查封、扣押、冻结涉案财物处理结果", d.caseManagement(), Category.CASE_INFO,
						SubKind.SEIZED_PROPERTY, CASE_INFO),
				quarterly("seed-supervision-correction", "久押不决、超期羁押及违法或不当减刑、假释、暂予监外执行的监督纠正情况", d.execution(),
						Category.CASE_INFO, SubKind.SUPERVISION_CORRECTION, CASE_INFO),
				// 二、检察政务信息
				longTerm("seed-functions", "检察机关性质任务、职权职责、机构设置和工作流程", d.office(), Category.GOVERNMENT_AFFAIRS,
						GOVERNMENT),
				new Seed("seed-work-report",
						new ValidObligation("检察工作报告、专项工作报告", d.office(), Category.GOVERNMENT_AFFAIRS, null,
								Frequency.YEARLY, 3, 31, null, null, GOVERNMENT, true)),
				quarterly("seed-major-decisions", "检察工作重大决策部署、重大创新举措、重大专项活动", d.office(), Category.GOVERNMENT_AFFAIRS,
						null, GOVERNMENT),
				quarterly("seed-reform", "检察改革进展情况", d.office(), Category.GOVERNMENT_AFFAIRS, null, GOVERNMENT),
				longTerm("seed-regulations", "与司法办案有关的法律法规、司法解释及其他规范性文件", d.office(), Category.GOVERNMENT_AFFAIRS,
						GOVERNMENT),
				quarterly("seed-interference", "违反规定程序过问案件的情况和检察机关接受监督的情况", d.office(), Category.GOVERNMENT_AFFAIRS,
						null, GOVERNMENT),
				quarterly("seed-statistics", "检察统计数据及综合分析", d.caseManagement(), Category.GOVERNMENT_AFFAIRS, null,
						GOVERNMENT),
				new Seed("seed-budget",
						new ValidObligation("年度部门预算", d.logistics(), Category.GOVERNMENT_AFFAIRS, null,
								Frequency.YEARLY, null, null, 20, null, GOVERNMENT, true)),
				new Seed("seed-final-accounts",
						new ValidObligation("年度部门决算", d.logistics(), Category.GOVERNMENT_AFFAIRS, null,
								Frequency.YEARLY, 9, 30, null, null, GOVERNMENT, true)),
				quarterly("seed-resources", "公共资源配置、车辆管理、政府采购项目实施和专项资金使用情况", d.logistics(), Category.GOVERNMENT_AFFAIRS,
						null, GOVERNMENT),
				// 三、检察队伍信息
				adHoc("seed-appointments", "领导班子成员及检察委员会委员、检察员等法律职务任免，人事任免", d.personnel(), Category.PERSONNEL,
						PERSONNEL),
				longTerm("seed-leadership", "领导班子成员分工、机构和人员编制情况", d.personnel(), Category.PERSONNEL, PERSONNEL),
				adHoc("seed-recruitment", "检察人员统一招录和重要表彰奖励情况", d.personnel(), Category.PERSONNEL, PERSONNEL),
				longTerm("seed-discipline-rules", "检察机关队伍管理纪律规定", d.personnel(), Category.PERSONNEL, PERSONNEL),
				adHoc("seed-misconduct", "检察人员违法违纪的处理情况和结果", d.personnel(), Category.PERSONNEL, PERSONNEL),
				// 四、其他公开信息
				quarterly("seed-party", "党员大会或党支部会议决议、党员教育管理和党建项目带动工程", d.party(), Category.OTHER, null, OTHER),
				longTerm("seed-basic-information", "单位基本信息、规章制度和规范性文件", d.office(), Category.OTHER, OTHER),
				quarterly("seed-work-news", "工作规划、工作动态", d.office(), Category.OTHER, null, OTHER),
				adHoc("seed-incidents", "突发事件及处理情况", d.office(), Category.OTHER, OTHER),
				quarterly("seed-public-opinions", "群众意见以及办理结果", d.complaints(), Category.OTHER, null, OTHER),
				// 各主要业务部门的工作流程和应告知事项全部公开上网
				longTerm("seed-procedures-complaints", "控告申诉工作流程和应告知事项", d.complaints(), Category.GOVERNMENT_AFFAIRS,
						PROCEDURES),
				longTerm("seed-procedures-juvenile", "未成年人检察工作流程和应告知事项", d.juvenile(), Category.GOVERNMENT_AFFAIRS,
						PROCEDURES));
	}

	private static Seed quarterly(String id, String title, String department, Category category, SubKind subKind,
			String basis) {
		return new Seed(id, new ValidObligation(title, department, category, (subKind != null) ? subKind.name() : null,
				Frequency.QUARTERLY, null, null, null, null, basis, true));
	}

	private static Seed longTerm(String id, String title, String department, Category category, String basis) {
		return new Seed(id, new ValidObligation(title, department, category, null, Frequency.LONG_TERM, null, null,
				null, null, basis, true));
	}

	private static Seed adHoc(String id, String title, String department, Category category, String basis) {
		return new Seed(id, new ValidObligation(title, department, category, null, Frequency.AD_HOC, null, null, null,
				null, basis, true));
	}

	record Seed(String id, ValidObligation obligation) {
	}

}
