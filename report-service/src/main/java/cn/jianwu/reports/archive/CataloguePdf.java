package cn.jianwu.reports.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Component;

/** The volume's catalogue (目录) as a PDF. */
@Component
class CataloguePdf {

	void write(Manifest.Volume volume, List<CatalogueEntry> entries, OutputStream out) throws IOException {
		// replaced by the report PDF writer
	}

}
