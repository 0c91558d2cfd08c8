package cn.jianwu.reports.archive;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.archive.CatalogueEntry.Delivery;
import cn.jianwu.reports.archive.CatalogueEntry.Step;
import cn.jianwu.reports.pdf.PdfFonts;
import cn.jianwu.reports.pdf.PdfTable;
import cn.jianwu.reports.pdf.ReportPdf;

import org.springframework.stereotype.Component;

/**
 * The volume's catalogue (目录) as a PDF: the volume's identity, then one row per published
 * revision — title, item and revision, category, publication, submission and approvals
 * with who and in which role, each channel's delivery proof, attachments, and the
 * withdrawal if any. Written straight into the ZIP entry.
 */
@Component
class CataloguePdf {

	private static final List<String> HEADERS = List.of("序号", "事项", "类别", "发布时间", "提交与审批", "发布渠道与送达凭证", "撤回");

	private static final List<Float> WEIGHTS = List.of(0.45f, 2.5f, 0.9f, 1.1f, 2.3f, 2.4f, 1.1f);

	private final PdfFonts fonts;

	private final InstitutionProperties institution;

	CataloguePdf(PdfFonts fonts, InstitutionProperties institution) {
		this.fonts = fonts;
		this.institution = institution;
	}

	/**
	 * @param missing the ids of attachments that could not be copied into the volume
	 */
	void write(Manifest.Volume volume, List<CatalogueEntry> entries, Set<String> missing, OutputStream out) {
		Quarter quarter = Quarter.parse(volume.quarter());
		String title = volume.department() + quarter.label() + "检务公开卷宗目录";
		try (ReportPdf pdf = ReportPdf.start(this.fonts, title, volume.sealedAt())) {
			pdf.title(volume.institution() + "检务公开立卷归档目录")
				.subtitle(volume.department() + "　" + quarter.label() + "　第" + volume.version() + "版")
				.paragraph("卷宗编号：" + volume.id() + "。封存时间：" + this.institution.dateTime(volume.sealedAt()) + "，封存人："
						+ volume.sealedBy() + "。本卷收录" + quarter.label() + "（"
						+ this.institution.date(quarter.firstDay()) + "至" + this.institution.date(quarter.lastDay())
						+ "）本部门发布的公开事项" + entries.stream().map(CatalogueEntry::itemId).distinct().count() + "项、"
						+ entries.size() + "个版本，每个版本的脱敏正文和附件附后；卷内文件的SHA-256摘要见manifest.json，"
						+ "清单以平台签名密钥签名（manifest.sig）。")
				.heading("目录");
			List<List<String>> rows = new ArrayList<>();
			int number = 1;
			for (CatalogueEntry entry : entries) {
				rows.add(List.of(String.valueOf(number++), item(entry, missing),
						label(entry.category(), (name) -> Category.valueOf(name).label()),
						this.institution.dateTime(entry.publishedAt()), steps(entry.steps()), deliveries(entry),
						withdrawal(entry)));
			}
			pdf.table(new PdfTable(HEADERS, WEIGHTS, rows));
			if (entries.isEmpty()) {
				pdf.paragraph("本季度本部门没有发布公开事项。");
			}
			pdf.writeTo(out);
		}
	}

	private static String item(CatalogueEntry entry, Set<String> missing) {
		StringBuilder text = new StringBuilder(entry.title()).append("（编号")
			.append(entry.itemId(), 0, Math.min(8, entry.itemId().length()))
			.append("，第")
			.append(entry.revision())
			.append("版");
		if (entry.replacesRevision() != null) {
			text.append("，更正第").append(entry.replacesRevision()).append("版");
		}
		if ("INTERNAL".equals(entry.visibility())) {
			text.append("，内部公开");
		}
		text.append("）");
		for (AttachmentRef attachment : entry.attachments()) {
			text.append("；附件：").append(attachment.fileName());
			if (missing.contains(attachment.id())) {
				text.append("（未能取得）");
			}
		}
		return text.toString();
	}

	private String steps(List<Step> steps) {
		if (steps.isEmpty()) {
			return "—";
		}
		List<String> lines = new ArrayList<>();
		for (Step step : steps) {
			lines.add(this.institution.dateTime(step.at()) + " "
					+ label(step.action(), (name) -> WorkflowAction.valueOf(name).label()) + " " + step.actor() + "（"
					+ label(step.actorRole(), (name) -> StaffRole.valueOf(name).label()) + "）");
		}
		return String.join("；", lines);
	}

	private String deliveries(CatalogueEntry entry) {
		List<String> lines = new ArrayList<>();
		for (String channel : entry.channels()) {
			Delivery delivery = entry.deliveries()
				.stream()
				.filter((report) -> report.channel().equals(channel))
				.findFirst()
				.orElse(null);
			String name = label(channel, (id) -> Channel.fromId(id).label());
			if (delivery == null) {
				lines.add(name + "：未收到回执");
			}
			else {
				lines.add(name + "：" + label(delivery.status(), (status) -> DeliveryState.valueOf(status).label())
						+ ((delivery.externalRef() != null) ? " 凭证" + delivery.externalRef() : "") + " "
						+ this.institution.dateTime(delivery.at()));
			}
		}
		return lines.isEmpty() ? "—" : String.join("；", lines);
	}

	private String withdrawal(CatalogueEntry entry) {
		if (entry.withdrawal() == null) {
			return "—";
		}
		String reason = entry.withdrawal().reason();
		return this.institution.dateTime(entry.withdrawal().at()) + " 撤回"
				+ ((reason != null && !reason.isBlank()) ? "：" + reason : "");
	}

	/** A stored name's label; the name itself when this build does not know it. */
	private static String label(String name, Function<String, String> labels) {
		if (name == null) {
			return "";
		}
		try {
			return labels.apply(name);
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

}
