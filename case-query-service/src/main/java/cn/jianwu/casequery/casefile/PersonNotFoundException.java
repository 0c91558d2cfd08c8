package cn.jianwu.casequery.casefile;

/** No such authorised person on this case (staff endpoints only). */
public class PersonNotFoundException extends RuntimeException {

	public PersonNotFoundException() {
		super("No such person on the case");
	}

}
