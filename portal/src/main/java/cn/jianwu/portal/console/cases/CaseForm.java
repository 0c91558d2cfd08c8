package cn.jianwu.portal.console.cases;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;

/** The new-case form: the case and up to three authorised persons. */
public class CaseForm {

	private String caseNumber;

	private String caseName;

	private String caseType;

	private String department;

	private String prosecutor;

	private String acceptedAt;

	private String stage = CaseStage.ACCEPTED.label();

	private String stageDate;

	private String stageDeadline;

	private List<PersonLine> persons = new ArrayList<>(List.of(new PersonLine(), new PersonLine(), new PersonLine()));

	/**
	 * The case as case-query-service takes it; empty person lines are left out.
	 * @throws IllegalArgumentException when a date cannot be read
	 */
	CaseUpsertRequest request() {
		return new CaseUpsertRequest(FormDates.text(this.caseName), FormDates.text(this.caseType),
				FormDates.text(this.department), FormDates.text(this.prosecutor),
				FormDates.parse(this.acceptedAt, "受理日期"), FormDates.text(this.stage),
				FormDates.parse(this.stageDate, "阶段日期"), FormDates.parse(this.stageDeadline, "办理期限"),
				this.persons.stream().filter((line) -> !line.isEmpty()).map(PersonLine::request).toList(), List.of());
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public void setCaseNumber(String caseNumber) {
		this.caseNumber = caseNumber;
	}

	public String getCaseName() {
		return this.caseName;
	}

	public void setCaseName(String caseName) {
		this.caseName = caseName;
	}

	public String getCaseType() {
		return this.caseType;
	}

	public void setCaseType(String caseType) {
		this.caseType = caseType;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getProsecutor() {
		return this.prosecutor;
	}

	public void setProsecutor(String prosecutor) {
		this.prosecutor = prosecutor;
	}

	public String getAcceptedAt() {
		return this.acceptedAt;
	}

	public void setAcceptedAt(String acceptedAt) {
		this.acceptedAt = acceptedAt;
	}

	public String getStage() {
		return this.stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public String getStageDate() {
		return this.stageDate;
	}

	public void setStageDate(String stageDate) {
		this.stageDate = stageDate;
	}

	public String getStageDeadline() {
		return this.stageDeadline;
	}

	public void setStageDeadline(String stageDeadline) {
		this.stageDeadline = stageDeadline;
	}

	public List<PersonLine> getPersons() {
		return this.persons;
	}

	public void setPersons(List<PersonLine> persons) {
		this.persons = persons;
	}

}
