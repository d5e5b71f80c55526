package yearbook.importer;

/** A picture to be written beside an article, under {@code name} (a file name, no folder). */
record ArticleImage(String name, byte[] data) {
}
