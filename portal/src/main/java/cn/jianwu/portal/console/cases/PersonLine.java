package cn.jianwu.portal.console.cases;

import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.PersonRole;

/** One authorised person of the new-case form. */
public class PersonLine {

	private String name;

	private PersonRole role = PersonRole.PARTY;

	private String idNumber;

	private String licenceNumber;

	/**
	 * Whether the line was left empty (the form offers more lines than most cases need).
	 */
	boolean isEmpty() {
		return FormDates.text(this.name) == null && FormDates.text(this.idNumber) == null;
	}

	PersonRequest request() {
		return PersonRequest.of(FormDates.text(this.name), this.role, FormDates.text(this.idNumber),
				FormDates.text(this.licenceNumber));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PersonRole getRole() {
		return this.role;
	}

	public void setRole(PersonRole role) {
		this.role = role;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public void setLicenceNumber(String licenceNumber) {
		this.licenceNumber = licenceNumber;
	}

}
