package cn.jianwu.redaction;

/**
 * What a redaction hides. The order matters: when two proposals cover exactly the same
 * span, the earlier kind wins (an 18-digit number that is a valid ID number is reported
 * as {@link #ID_NUMBER}, not as a bank card).
 */
public enum RedactionKind {

	/** A natural person listed by the clerk; replaced by a pseudonym such as 张某. */
	PERSON_NAME,

	/**
	 * A resident ID number (18 digits with a valid check digit, or the 15-digit form).
	 */
	ID_NUMBER,

	/** A mobile or landline number. */
	PHONE,

	/** A bank card (Luhn-valid) or an account number announced as such. */
	BANK_CARD,

	/** An e-mail address. */
	EMAIL,

	/** A Chinese motor-vehicle licence plate. */
	LICENCE_PLATE,

	/** An address the clerk marked for deletion. */
	ADDRESS

}
