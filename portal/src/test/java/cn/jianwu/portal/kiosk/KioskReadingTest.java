package cn.jianwu.portal.kiosk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.api.publication.WithdrawalNotice;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.portal.TemplatePages;
import cn.jianwu.portal.publication.DisclosureClient;
import cn.jianwu.portal.publication.DisclosureClient.ItemQuery;
import cn.jianwu.portal.publication.DisclosureClient.Lookup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the kiosk asks disclosure-service for, and how it shows the answers. */
class KioskReadingTest {

	private static final UUID ID = UUID.fromString("3f2c1d9e-1111-4222-8333-444455556666");

	private static final Instant PUBLISHED = Instant.parse("2026-11-20T02:00:00Z");

	private final DisclosureClient client = mock(DisclosureClient.class);

	private final KioskReading reading = new KioskReading(this.client, TemplatePages.institution());

	@Test
	void theLatestItemsComeAFewAScreenWithTheWayToTheNeighbouringScreens() {
		when(this.client.items(eq(ItemQuery.of((Category) null)), eq(1), eq(KioskReading.PAGE_SIZE)))
			.thenReturn(new PublicItemPage(List.of(item(SubKind.IMPORTANT_CASE, Term.PERIODIC, "2026Q4")), 13, 1,
					KioskReading.PAGE_SIZE));
		KioskReading.Screen screen = this.reading.latest(2);
		assertThat(screen.number()).isEqualTo(2);
		assertThat(screen.pages()).isEqualTo(3);
		assertThat(screen.previous()).isEqualTo("/kiosk/latest?page=1");
		assertThat(screen.next()).isEqualTo("/kiosk/latest?page=3");
		KioskReading.Line line = screen.lines().get(0);
		assertThat(line.path()).isEqualTo("/kiosk/items/" + ID);
		assertThat(line.date()).isEqualTo("2026年11月20日");
		assertThat(line.periodLabel()).isEqualTo("2026年第四季度");
		assertThat(line.section()).isEqualTo("重要案件信息");
		assertThat(line.longTerm()).isFalse();
	}

	@Test
	void aScreenBeyondTheLastStillShowsWhereToTurnAndNothingBeforeTheFirst() {
		when(this.client.items(any(), anyInt(), anyInt()))
			.thenReturn(new PublicItemPage(List.of(), 0, 0, KioskReading.PAGE_SIZE));
		KioskReading.Screen empty = this.reading.latest(0);
		assertThat(empty.number()).isEqualTo(1);
		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.previous()).isNull();
		assertThat(empty.next()).isNull();
	}

	@Test
	void guidesAreFilteredByDepartmentAndTheDepartmentsComeFromTheGuides() {
		ItemQuery ofDepartment = new ItemQuery(Category.GOVERNMENT_AFFAIRS, List.of(SubKind.GUIDE), null, "案件管理部",
				null);
		when(this.client.items(eq(ofDepartment), eq(0), eq(KioskReading.PAGE_SIZE))).thenReturn(
				new PublicItemPage(List.of(item(SubKind.GUIDE, Term.LONG_TERM, null)), 8, 0, KioskReading.PAGE_SIZE));
		KioskReading.Screen screen = this.reading.guides("案件管理部", 1);
		assertThat(screen.lines().get(0).longTerm()).isTrue();
		assertThat(screen.next())
			.isEqualTo("/kiosk/guides?department=%E6%A1%88%E4%BB%B6%E7%AE%A1%E7%90%86%E9%83%A8&page=2");
		assertThat(KioskReading.guidesPath(null, 2)).isEqualTo("/kiosk/guides?page=2");
		assertThat(KioskReading.guidesPath(null, 1)).isEqualTo("/kiosk/guides");

		when(this.client.items(eq(ItemQuery.of(SubKind.GUIDE)), eq(0), eq(KioskReading.DEPARTMENT_SCAN)))
			.thenReturn(new PublicItemPage(List.of(item(SubKind.GUIDE, Term.LONG_TERM, null, "案件管理部"),
					item(SubKind.GUIDE, Term.AD_HOC, null, "第一检察部"), item(SubKind.GUIDE, Term.AD_HOC, null, " 案件管理部 "),
					item(SubKind.GUIDE, Term.AD_HOC, null, null)), 4, 0, KioskReading.DEPARTMENT_SCAN));
		assertThat(this.reading.guideDepartments()).containsExactly("案件管理部", "第一检察部");
	}

	@Test
	void anItemIsReadWithItsAttachmentsByNameAndAGuideLeadsBackToTheGuides() {
		when(this.client.item(ID)).thenReturn(new Lookup.Found(item(SubKind.GUIDE, Term.LONG_TERM, null)));
		KioskReading.Reading item = this.reading.item(ID).orElseThrow();
		assertThat(item.withdrawn()).isFalse();
		assertThat(item.paragraphs()).containsExactly("第一段。", "第二段。");
		assertThat(item.attachmentNames()).containsExactly("申请表.pdf");
		assertThat(item.back()).isEqualTo("/kiosk/guides");
		assertThat(item.section()).isEqualTo("办事指南");
	}

	@Test
	void aWithdrawnItemIsItsNoticeAndAnUnknownOneIsNothing() {
		when(this.client.item(ID)).thenReturn(new Lookup.Withdrawn(new WithdrawalNotice(ID.toString(), "旧公告",
				Category.OTHER, null, PUBLISHED, Instant.parse("2026-12-01T02:00:00Z"), "信息有误")));
		KioskReading.Reading withdrawn = this.reading.item(ID).orElseThrow();
		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.paragraphs()).isEmpty();
		assertThat(withdrawn.withdrawal().date()).isEqualTo("2026年12月1日");
		assertThat(withdrawn.withdrawal().reason()).isEqualTo("信息有误");
		assertThat(withdrawn.section()).isEqualTo("其他公开信息");

		when(this.client.item(ID)).thenReturn(new Lookup.Missing());
		assertThat(this.reading.item(ID)).isEmpty();
	}

	private static PublicItem item(SubKind subKind, Term term, String period) {
		return item(subKind, term, period, "案件管理部");
	}

	private static PublicItem item(SubKind subKind, Term term, String period, String department) {
		return new PublicItem(ID.toString(), 1, "标题", " ", "<p>第一段。</p><p>第二段。</p>", subKind.category(), subKind,
				department, PUBLISHED, List.of(new AttachmentRef("a1", "申请表.pdf", "application/pdf", 1024,
						"/api/public/items/x/attachments/a1")),
				term, period, List.of());
	}

}
