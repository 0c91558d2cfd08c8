package cn.jianwu.redaction.names;

import java.util.List;

import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's terms for one text, indexed by the character offset each starts at, so that the
 * boundary rules can ask "which word starts here" and "which word straddles this point"
 * in constant time.
 */
final class Segmentation {

	private final List<Term> terms;

	private final Term[] startingAt;

	private final Term[] covering;

	Segmentation(String text) {
		this.terms = HanLpEngine.segment(text);
		this.startingAt = new Term[text.length() + 1];
		this.covering = new Term[text.length() + 1];
		for (Term term : this.terms) {
			this.startingAt[term.offset] = term;
			for (int i = term.offset; i < term.offset + term.word.length() && i < this.covering.length; i++) {
				this.covering[i] = term;
			}
		}
	}

	List<Term> terms() {
		return this.terms;
	}

	/** The term starting at the offset, {@code null} if a term straddles it. */
	Term startingAt(int offset) {
		return (offset < this.startingAt.length) ? this.startingAt[offset] : null;
	}

	/**
	 * Whether an ordinary word of the core dictionary straddles the offset: a name cannot
	 * end in the middle of 证实. A term HanLP's place or organisation recogniser glued
	 * together (春系山西) is no such word.
	 */
	boolean wordStraddles(int offset) {
		if (offset <= 0 || offset >= this.covering.length) {
			return false;
		}
		Term term = this.covering[offset];
		return term != null && term.offset < offset && NameRoles.isWord(term.word);
	}

	/** Whether an ordinary word of two or more characters starts at the offset. */
	boolean wordStartsAt(int offset) {
		Term term = startingAt(offset);
		return term != null && term.word.length() >= 2 && NameRoles.isWord(term.word);
	}

}
