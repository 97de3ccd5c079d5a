#pragma once
// model/ reports expected failures with geo's Error / Result<T> / Status (one error vocabulary for the
// whole library stack); these aliases let model code and its callers write model::Status.

#include "geo/error.h"

namespace corridor::model {

using geo::Error;
using geo::ErrorCode;
using geo::Ok;
using geo::Result;
using geo::Status;

} // namespace corridor::model
