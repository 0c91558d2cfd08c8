package cn.jianwu.channel.wechat.hall;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What follows {@code 预约} in a follower's text: the 12-digit booking code and the last
 * four characters of the ID number, separated by spaces, {@code +} or colons ({@code 预约
 * 123456789012 123X}, {@code 预约+123456789012+123x}, {@code 预约：123456789012：1234}). A code
 * written in groups ({@code 1234 5678 9012}) is read as one.
 *
 * @param bookingCode the 12 digits
 * @param idLast4 three digits and a digit or {@code X}, upper case
 */
record BindCommand(String bookingCode, String idLast4) {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000+＋:：,，、]+");

	private static final Pattern CODE = Pattern.compile("\\d{12}");

	private static final Pattern ID_LAST4 = Pattern.compile("\\d{3}[\\dX]");

	/** Empty when the text is not a code and four ID characters. */
	static Optional<BindCommand> parse(String rest) {
		if (rest == null) {
			return Optional.empty();
		}
		List<String> parts = Arrays.stream(SEPARATORS.split(rest.strip())).filter((part) -> !part.isEmpty()).toList();
		if (parts.size() < 2) {
			return Optional.empty();
		}
		String code = String.join("", parts.subList(0, parts.size() - 1));
		String idLast4 = parts.get(parts.size() - 1).toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches() || !ID_LAST4.matcher(idLast4).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BindCommand(code, idLast4));
	}

	@Override
	public String toString() {
		// the code opens the booking: it must never reach a log
		return "BindCommand[***]";
	}

}
