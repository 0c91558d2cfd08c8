package cn.jianwu.casequery.casefile;

/**
 * An authorised person, checked in person at the desk.
 *
 * @param name the name (staff only; never public, never logged)
 * @param role {@link PersonRole} code or Chinese label
 * @param idNumber the resident ID number: only its keyed hash and last four are kept
 * @param licenceNumber a lawyer's practising licence number (律师执业证号), optional
 */
public record PersonRequest(String name, String role, String idNumber, String licenceNumber) {

	@Override
	public String toString() {
		return "PersonRequest[" + this.role + "]";
	}

}
