package cn.jianwu.redaction.minors;

import java.time.LocalDate;

/**
 * Whether someone is a minor on a given day, counted as Chinese criminal law counts ages:
 * "周岁，按照公历的年、月、日计算，从周岁生日的第二天起算" (法释〔2006〕1号 第二条). A person is therefore still under
 * eighteen on the eighteenth birthday itself and of age from the day after. Someone born
 * on 29 February has the birthday on 28 February in common years (民法典 第二百零三条: without a
 * matching day, the period ends on the last day of the month), which is what
 * {@link LocalDate#plusYears} yields.
 */
final class LegalAge {

	static final int MAJORITY = 18;

	private LegalAge() {
	}

	/**
	 * @param birth the date of birth
	 * @param day the day that matters (the case's date)
	 * @return whether the person has not yet reached eighteen on that day; also
	 * {@code true} for someone born after it, who is certainly no adult
	 */
	static boolean isMinorOn(LocalDate birth, LocalDate day) {
		return !day.isAfter(birth.plusYears(MAJORITY));
	}

}
