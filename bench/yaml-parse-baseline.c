/* The floor `make bench` compares a scan with: read every *.yaml, *.yml and *.json file under
 * the given folders and run libyaml's event parser over it, doing nothing with the events.
 * Prints the files and bytes parsed. Build: cc -O2 yaml-parse-baseline.c $(pkg-config --cflags --libs yaml-0.1) */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static long files, bytes, events;

static int manifest(const char *path) {
    const char *dot = strrchr(path, '.');
    return dot && (!strcmp(dot, ".yaml") || !strcmp(dot, ".yml") || !strcmp(dot, ".json"));
}

static int visit(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)ftw;
    if (type != FTW_F || !manifest(path)) return 0;
    FILE *file = fopen(path, "rb");
    if (!file) return 0;
    unsigned char *buffer = malloc(info->st_size + 1);
    size_t size = fread(buffer, 1, info->st_size, file);
    fclose(file);
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) break; /* a parse error ends the file, as it would */
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buffer);
    files++;
    bytes += (long)size;
    return 0;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) nftw(argv[i], visit, 32, FTW_PHYS);
    printf("%ld files, %ld bytes, %ld events\n", files, bytes, events);
    return 0;
}
