package cn.jianwu.disclosure.item;

import java.time.Instant;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;

import static cn.jianwu.disclosure.item.TestItems.item;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A revision after a publication says what it changed: the public reads it. */
class RevisionNoteTest {

	@Test
	void aFirstRevisionNeedsNoNote() {
		assertThatCode(() -> ItemService.checkRevisionNote(item(ItemStatus.DRAFT, 1))).doesNotThrowAnyException();
	}

	@Test
	void editingAPublishedItemNeedsANote() {
		DisclosureItem published = item(ItemStatus.DRAFT, 1).published(Instant.now());
		DisclosureItem edited = published.edited(TestItems.content(Visibility.PUBLIC), "clerk1", Instant.now());

		assertThatExceptionOfType(DisclosureException.class).isThrownBy(() -> ItemService.checkRevisionNote(edited))
			.withMessage("修改已公开的事项时请填写修订说明（将向公众公开）。");
		assertThatCode(() -> ItemService.checkRevisionNote(published
			.edited(TestItems.content(Visibility.PUBLIC).withRevisionNote("更正文号"), "clerk1", Instant.now())))
			.doesNotThrowAnyException();
	}

	@Test
	void editingAWithdrawnItemNeedsANoteToo() {
		DisclosureItem withdrawn = item(ItemStatus.DRAFT, 1).published(Instant.now()).withdrawn(Instant.now());
		DisclosureItem edited = withdrawn.edited(TestItems.content(Visibility.PUBLIC).withRevisionNote(" "), "clerk1",
				Instant.now());

		assertThatExceptionOfType(DisclosureException.class).isThrownBy(() -> ItemService.checkRevisionNote(edited));
	}

}
