package cn.jianwu.disclosure.redaction;

import java.util.Collection;
import java.util.List;

import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.redaction.RedactionScanner;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The notes staff write for the public beside an item (a revision note, a withdrawal's
 * reason) are published as written, without redaction: the gate refuses one in which an
 * identifier (an ID or phone number, a bank card…) or a listed person's name stands.
 */
@Component
public class PublicNotes {

	private final RedactionScanner scanner;

	PublicNotes(RedactionScanner scanner) {
		this.scanner = scanner;
	}

	/**
	 * @param note the note as the public will read it
	 * @param persons the persons the item's clerk listed for anonymisation
	 * @param what the note's name staff read, e.g. 修订说明
	 * @param field the request's field the note came in, so that forms mark it
	 * @throws DisclosureException {@code unredacted-identifier} (422) naming the kinds
	 * found, never the values
	 */
	public void check(String note, Collection<String> persons, String what, String field) {
		if (note == null || note.isBlank()) {
			return;
		}
		List<String> found = this.scanner.check(note, persons, List.of()).labels();
		if (!found.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "unredacted-identifier", what + "含有个人信息",
					what + "将向公众公开，不能含有个人信息（" + String.join("、", found) + "），请修改后再提交。")
				.with("remaining", found)
				.with("field", field);
		}
	}

}
