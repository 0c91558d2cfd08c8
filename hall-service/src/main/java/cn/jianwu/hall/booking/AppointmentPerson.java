package cn.jianwu.hall.booking;

/**
 * The person behind a booking: sealed in {@code appointment_person}, opened only for
 * staff's views and for the WeChat notices; never logged.
 *
 * @param name the person
 * @param phone the person's phone
 * @param idLast4 the last four of the ID number, upper case
 * @param purpose what it is about
 * @param licenceNumber a lawyer's licence number
 * @param lawFirm a lawyer's firm
 * @param caseNumber the lawyer's case
 * @param openid the WeChat follower to tell, when booked on WeChat or bound
 */
public record AppointmentPerson(String name, String phone, String idLast4, String purpose, String licenceNumber,
		String lawFirm, String caseNumber, String openid) {

	/** The same person, to be told on WeChat as this follower. */
	public AppointmentPerson withOpenid(String openid) {
		return new AppointmentPerson(this.name, this.phone, this.idLast4, this.purpose, this.licenceNumber,
				this.lawFirm, this.caseNumber, openid);
	}

	@Override
	public String toString() {
		// never the person, should a record end up in a log
		return "AppointmentPerson[sealed]";
	}

}
