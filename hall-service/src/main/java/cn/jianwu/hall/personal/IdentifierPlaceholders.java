package cn.jianwu.hall.personal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.redaction.Redaction;
import cn.jianwu.redaction.RedactionKind;
import cn.jianwu.redaction.RedactionScanner;

import org.springframework.stereotype.Component;

/**
 * Keeps the identifiers a writer put into the text (ID numbers, phone numbers, bank
 * accounts, e-mail addresses, licence plates, as the redaction module finds them) out of
 * the stored text: each is replaced by a placeholder naming its kind, such as
 * {@code 〔已隐去的手机号码〕}, and its value goes into the sealed writer details, in the order of
 * appearance. The handling staff's view puts them back with {@link #restore}; search,
 * logs and publication only ever see the placeholders.
 */
@Component
public class IdentifierPlaceholders {

	private static final Map<RedactionKind, String> NAMES = Map.of(RedactionKind.ID_NUMBER, "身份证号码",
			RedactionKind.PHONE, "电话号码", RedactionKind.BANK_CARD, "银行账号", RedactionKind.EMAIL, "电子邮箱地址",
			RedactionKind.LICENCE_PLATE, "车牌号码");

	/** Any placeholder this class writes. */
	private static final Pattern PLACEHOLDER = Pattern.compile("〔已隐去的[^〔〕]{2,8}〕");

	private final RedactionScanner scanner;

	IdentifierPlaceholders(Clock clock) {
		this.scanner = new RedactionScanner(clock);
	}

	/** The placeholder of an identifier of this kind. */
	public static String placeholder(RedactionKind kind) {
		return "〔已隐去的" + NAMES.getOrDefault(kind, "个人信息") + "〕";
	}

	/**
	 * The text without its identifiers.
	 * @param written as written
	 * @return the text with placeholders, and the identifiers taken out, in order
	 */
	public Sealed seal(String written) {
		// a placeholder the writer typed would take an identifier's place on restoring
		String text = PLACEHOLDER.matcher(written)
			.replaceAll((match) -> Matcher.quoteReplacement(match.group().replace('〔', '[').replace('〕', ']')));
		List<Redaction> found = this.scanner.remainingIdentifiers(text);
		StringBuilder sealed = new StringBuilder(text.length());
		List<String> identifiers = new ArrayList<>(found.size());
		int at = 0;
		for (Redaction redaction : found) {
			sealed.append(text, at, redaction.start()).append(placeholder(redaction.kind()));
			identifiers.add(redaction.original());
			at = redaction.end();
		}
		sealed.append(text, at, text.length());
		return new Sealed(sealed.toString(), identifiers);
	}

	/**
	 * Puts identifiers back into a stored text, in order: for the handling staff only.
	 * @param text the stored text
	 * @param identifiers the identifiers still to place (consumed)
	 * @return the text as written
	 */
	public static String restore(String text, Iterator<String> identifiers) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder restored = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(restored,
					Matcher.quoteReplacement(identifiers.hasNext() ? identifiers.next() : matcher.group()));
		}
		matcher.appendTail(restored);
		return restored.toString();
	}

	/**
	 * @param text the text with placeholders
	 * @param identifiers what they replaced, in order
	 */
	public record Sealed(String text, List<String> identifiers) {

		public Sealed {
			identifiers = List.copyOf(identifiers);
		}

	}

}
