#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option used. */

/* Reads objects as git itself does, trusting zlib's checksum of each object rather than
   hashing every object read again. */
static inline int ci_reporter_skip_object_hash_verification(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}
