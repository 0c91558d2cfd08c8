package cn.jianwu.casequery.api.casefile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An authorised person, checked in person at the desk.
 *
 * @param name the name (staff only; never public, never logged)
 * @param role the {@link PersonRole}'s code or its Chinese label: case systems export
 * either, and the service answers a role it does not know field by field
 * @param idNumber the resident ID number: only its keyed hash and last four are kept
 * @param licenceNumber a lawyer's practising licence number (律师执业证号), optional
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonRequest(String name, String role, String idNumber, String licenceNumber) {

	/** A person whose role the caller knows. */
	public static PersonRequest of(String name, PersonRole role, String idNumber, String licenceNumber) {
		return new PersonRequest(name, (role != null) ? role.name() : null, idNumber, licenceNumber);
	}

	@Override
	public String toString() {
		return "PersonRequest[" + this.role + "]";
	}

}
