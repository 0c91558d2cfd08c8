package cn.jianwu.portal.publication;

import cn.jianwu.events.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicItemsTest {

	@Test
	void attachmentsAreDescribedAsReadersReadThem() {
		assertThat(PublicItems.kind("application/pdf")).isEqualTo("PDF 文档");
		assertThat(PublicItems.kind("image/jpeg")).isEqualTo("JPEG 图片");
		assertThat(PublicItems.kind(null)).isEqualTo("文件");
		assertThat(PublicItems.size(900)).isEqualTo("900 字节");
		assertThat(PublicItems.size(20_480)).isEqualTo("20 KB");
		assertThat(PublicItems.size(1_258_291)).isEqualTo("1.2 MB");
	}

	@Test
	void columnsHaveAddressesAndNames() {
		assertThat(Column.bySlug("case-info")).hasValue(Column.CASE_INFO);
		assertThat(Column.byCategory("PERSONNEL")).hasValue(Column.PERSONNEL);
		assertThat(Column.bySlug("CASE_INFO")).isEmpty();
		assertThat(Column.CASE_INFO.label()).isEqualTo("检察案件信息");
		assertThat(Column.OTHER.path()).isEqualTo("/categories/other");
		assertThat(Column.byCategory(Category.OTHER)).hasValue(Column.OTHER);
	}

}
