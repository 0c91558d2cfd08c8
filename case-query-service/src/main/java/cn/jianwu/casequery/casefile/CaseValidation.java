package cn.jianwu.casequery.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.MeasureRequest;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.casequery.hashing.IdNumbers;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks submitted case data field by field and says, in Chinese, what is wrong with each
 * field, so that the desk (and the bulk import's error report) can fix all of it at once.
 */
@Component
public class CaseValidation {

	private static final Pattern STAGE = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）()、]{1,20}");

	/** 当事人、法定代理人、近亲属、辩护人或诉讼代理人 */
	private static final String ROLES = roles();

	private static final Pattern LICENCE = Pattern.compile("[0-9A-Za-z]{5,30}");

	private final Clock clock;

	private final ZoneId zone;

	CaseValidation(Clock clock, InstitutionProperties institution) {
		this.clock = clock;
		this.zone = institution.zone();
	}

	/** Today where the institution is. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	public void caseNumber(String normalised, String field, List<FieldProblem> problems) {
		if (!StringUtils.hasText(normalised)) {
			problems.add(new FieldProblem(field, "案号不能为空"));
		}
		else if (!CaseNumbers.isValid(normalised)) {
			problems.add(new FieldProblem(field, "案号格式不正确，应如：晋检刑诉受〔2017〕35010300001号"));
		}
	}

	/**
	 * The case's own fields, and its persons and measures.
	 * @param request the case
	 * @param prefix prefix of the field names ({@code ""} for the API)
	 * @return the problems, empty when all is well
	 */
	public List<FieldProblem> check(CaseUpsertRequest request, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		text(request.caseName(), prefix + "caseName", "案件名称", 100, true, problems);
		text(request.caseType(), prefix + "caseType", "案件类型", 50, true, problems);
		text(request.department(), prefix + "department", "承办部门", 50, true, problems);
		text(request.prosecutor(), prefix + "prosecutor", "承办检察官", 50, false, problems);
		if (request.acceptedAt() == null) {
			problems.add(new FieldProblem(prefix + "acceptedAt", "受理日期不能为空"));
		}
		else if (request.acceptedAt().isAfter(today())) {
			problems.add(new FieldProblem(prefix + "acceptedAt", "受理日期不能晚于今天"));
		}
		if (request.stage() != null) {
			stage(request.stage(), prefix + "stage", problems);
		}
		if (request.stageDeadline() != null && request.stageDate() != null
				&& request.stageDeadline().isBefore(request.stageDate())) {
			problems.add(new FieldProblem(prefix + "stageDeadline", "办理期限不能早于阶段开始日期"));
		}
		for (int i = 0; i < request.persons().size(); i++) {
			problems.addAll(person(request.persons().get(i), prefix + "persons[" + i + "]."));
		}
		for (int i = 0; i < request.measures().size(); i++) {
			problems.addAll(measure(request.measures().get(i), prefix + "measures[" + i + "]."));
		}
		anonymised(request, prefix, problems);
		return problems;
	}

	public List<FieldProblem> person(PersonRequest person, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		if (person == null) {
			problems.add(new FieldProblem(prefix.isEmpty() ? "person" : prefix.substring(0, prefix.length() - 1),
					"人员信息不能为空"));
			return problems;
		}
		text(person.name(), prefix + "name", "姓名", 50, true, problems);
		if (PersonRole.parse(person.role()).isEmpty()) {
			problems.add(new FieldProblem(prefix + "role", "身份应为：" + ROLES));
		}
		if (!IdNumbers.isValid(IdNumbers.normalise(person.idNumber()))) {
			problems.add(new FieldProblem(prefix + "idNumber", "身份证号码无效（应为18位居民身份证号码）"));
		}
		if (StringUtils.hasText(person.licenceNumber()) && !LICENCE.matcher(person.licenceNumber().trim()).matches()) {
			problems.add(new FieldProblem(prefix + "licenceNumber", "律师执业证号格式不正确"));
		}
		return problems;
	}

	public List<FieldProblem> measure(MeasureRequest measure, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		if (measure == null) {
			problems.add(new FieldProblem(prefix + "measure", "强制措施不能为空"));
			return problems;
		}
		text(measure.measure(), prefix + "measure", "强制措施", 30, true, problems);
		date(measure.date(), prefix + "date", "决定日期", problems);
		return problems;
	}

	public List<FieldProblem> event(ProceduralEventRequest event, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		if (event == null) {
			problems.add(new FieldProblem(prefix + "stage", "程序事项不能为空"));
			return problems;
		}
		if (event.stage() == null) {
			problems.add(new FieldProblem(prefix + "stage", "诉讼阶段不能为空"));
		}
		else {
			stage(event.stage(), prefix + "stage", problems);
		}
		date(event.date(), prefix + "date", "日期", problems);
		if (event.stageDeadline() != null && event.date() != null && event.stageDeadline().isBefore(event.date())) {
			problems.add(new FieldProblem(prefix + "stageDeadline", "办理期限不能早于该阶段开始日期"));
		}
		text(event.note(), prefix + "note", "备注", 500, false, problems);
		return problems;
	}

	private static String roles() {
		List<String> labels = Arrays.stream(PersonRole.values()).map(PersonRole::label).toList();
		return String.join("、", labels.subList(0, labels.size() - 1)) + "或" + labels.get(labels.size() - 1);
	}

	private void date(LocalDate date, String field, String label, List<FieldProblem> problems) {
		if (date == null) {
			problems.add(new FieldProblem(field, label + "不能为空"));
		}
		else if (date.isAfter(today())) {
			problems.add(new FieldProblem(field, label + "不能晚于今天"));
		}
	}

	private static void stage(String stage, String field, List<FieldProblem> problems) {
		if (!STAGE.matcher(stage.trim()).matches()) {
			problems.add(new FieldProblem(field, "诉讼阶段应为1至20个汉字，如：审查起诉、退回补充侦查"));
		}
	}

	private static void text(String value, String field, String label, int max, boolean required,
			List<FieldProblem> problems) {
		if (!StringUtils.hasText(value)) {
			if (required) {
				problems.add(new FieldProblem(field, label + "不能为空"));
			}
		}
		else if (value.trim().length() > max) {
			problems.add(new FieldProblem(field, label + "不能超过" + max + "个字"));
		}
	}

	/**
	 * The published case name must already be anonymised: it may not contain the full
	 * name of an authorised person of the case.
	 */
	private static void anonymised(CaseUpsertRequest request, String prefix, List<FieldProblem> problems) {
		if (!StringUtils.hasText(request.caseName())) {
			return;
		}
		boolean named = request.persons()
			.stream()
			.filter((person) -> person != null && person.name() != null && person.name().trim().length() >= 2)
			.anyMatch((person) -> request.caseName().contains(person.name().trim()));
		if (named) {
			problems.add(new FieldProblem(prefix + "caseName", "案件名称含有当事人等人员的姓名，应使用公开的匿名名称，如：张某涉嫌盗窃案"));
		}
	}

}
