#pragma once
// LabelEngine: places labels without overlaps. Candidates are collected while a frame is drawn, then
// placed greedily by priority (highest first): each candidate tries its positions in order of
// cartographic preference and takes the first one that lies wholly inside the frame and collides with
// nothing placed before (earlier labels and registered obstacles such as point symbols); a line label
// that finds no straight stretch may fall back to horizontal text beside the line. Labels are
// drawn as text (stays text in PDF/SVG) over a halo path.
//
// One engine per frame; not thread-safe (a render job owns it).

#include <QColor>
#include <QFont>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace corridor::render {

struct LabelCandidate {
    enum class Kind { Point, Line, Area };
    Kind kind = Kind::Point;
    QString text;
    QFont font;
    QColor color;
    QColor halo;
    double haloPx = 1.5;
    double priority = 0.0;
    QPointF anchor;        // Point/Area: the anchor pixel
    double offsetPx = 0.0; // Point: distance from the anchor (symbol radius + gap); Line: half line width
    QPolygonF line;        // Line: the line in pixels
    double repeatPx = 0.0; // Line: repeat every this many pixels on long lines (0 = once)
    /// Line: when no stretch of the line is straight and long enough for the text along it (a wavy or
    /// short line), a horizontal label beside the line near its middle, clear of the line itself.
    bool horizontalFallback = false;
};

struct PlacedLabel {
    QString text;
    QPolygonF box; // the label's outline in pixels (rotated rectangle)
};

class LabelEngine {
public:
    explicit LabelEngine(const QRectF& frame) : m_frame(frame) {}

    /// Labels keep clear of `r`. A soft obstacle (a small point symbol) may be covered by a label whose
    /// priority is at least kCoverSoftPriority (a capital, the power plant, an airport).
    void addObstacle(const QRectF& r, bool soft = false) { (soft ? m_softObstacles : m_obstacles).push_back(r); }
    static constexpr double kCoverSoftPriority = 80.0;
    /// True when `r` is inside the frame and clear of obstacles and placed labels.
    bool isFree(const QRectF& r) const;
    void add(LabelCandidate c) { m_candidates.push_back(std::move(c)); }
    std::size_t candidateCount() const { return m_candidates.size(); }

    /// Places and draws every label that fits. Returns the labels placed (for tests and statistics).
    std::vector<PlacedLabel> placeAndDraw(QPainter& painter);

private:
    struct Box {
        QRectF bounds;      // axis-aligned bounds of the rotated label
        QPolygonF polygon;  // rotated rectangle
    };
    bool fits(const QPolygonF& poly, bool coverSoft = false) const;
    void occupy(const QPolygonF& poly);
    bool placePoint(const LabelCandidate& c, QPainter& painter, std::vector<PlacedLabel>& out);
    int placeLine(const LabelCandidate& c, QPainter& painter, std::vector<PlacedLabel>& out);
    bool placeBesideLine(const LabelCandidate& c, const std::vector<double>& cum, QPainter& painter, std::vector<PlacedLabel>& out);
    void drawText(QPainter& painter, const LabelCandidate& c, QPointF baselineCentre, double angleDeg, double width);

    QRectF m_frame;
    std::vector<QRectF> m_obstacles;
    std::vector<QRectF> m_softObstacles;
    std::vector<Box> m_placed;
    std::vector<LabelCandidate> m_candidates;
};

/// Liang–Barsky: clips the segment a→b (pixels) to `r`; false when no part of it is inside. Labels use
/// it to keep text off a line, the flow overlay to keep paths inside the frame.
bool clipSegment(QPointF& a, QPointF& b, const QRectF& r);

} // namespace corridor::render
