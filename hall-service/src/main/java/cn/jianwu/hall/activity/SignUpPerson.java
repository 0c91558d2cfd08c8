package cn.jianwu.hall.activity;

/**
 * The person behind a sign-up: sealed in {@code activity_sign_up_person}, opened only for
 * staff's attendee list, the attendance file and an opinion's writer; never logged.
 *
 * @param name the person
 * @param phone the person's phone
 * @param idLast4 the last four of the ID number, upper case
 * @param organisation work unit or constituency, or {@code null}
 */
record SignUpPerson(String name, String phone, String idLast4, String organisation) {

	@Override
	public String toString() {
		// never the person, should a record end up in a log
		return "SignUpPerson[sealed]";
	}

}
